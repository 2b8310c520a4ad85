package org.negativeknowledge.app.repro;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.negativeknowledge.app.repro.verdicts.Section4Checks;

/** How each section-4 claim is computed (S4-01..20). */
public final class Section4Claims {
  private static final String DIR = "section4/";
  private static final String BANKS = DIR + "banks/";
  private static final String RECORDS = DIR + "nk_records";
  private static final String VERDICTS = DIR + "verified_results.json";
  private static final String CHECKER =
      "nk repro's own phenomenon checker (verdicts.Section4Checks, used by --recompute-verdicts);"
          + " the original checker's source is not part of the data";

  private Section4Claims() {}

  /** The computations, by claim id. */
  public static Map<String, ClaimComputation<DataFiles>> computations() {
    Map<String, ClaimComputation<DataFiles>> m = new LinkedHashMap<>();
    put(m, "S4-01", "folders of section4/stage1/ named BKdV-S*", f -> {
      List<Path> dirs = f.list(DIR + "stage1", "BKdV-S*").stream().filter(Files::isDirectory).toList();
      return Computed.of(ClaimValue.ofInt(dirs.size()),
          Inputs.source(DIR + "stage1/BKdV-S*/ (" + dirs.size() + " folders)"));
    });
    put(m, "S4-02", "files section4/nk_records/*.json", f -> records(f, name -> true));
    put(m, "S4-03", "record file stems containing _r and not _deep",
        f -> records(f, name -> name.contains("_r") && !name.contains("_deep")));
    put(m, "S4-04", "record file stems containing _deep", f -> records(f, name -> name.contains("_deep")));
    put(m, "S4-05", "entries of section4/banks/bank_all.jsonl",
        f -> BankFiles.count(f, BANKS + "bank_all.jsonl", e -> true));
    put(m, "S4-06", "entries of bank_positive.jsonl",
        f -> BankFiles.count(f, BANKS + "bank_positive.jsonl", e -> true));
    put(m, "S4-07", "entries of bank_negative.jsonl",
        f -> BankFiles.count(f, BANKS + "bank_negative.jsonl", e -> true));
    put(m, "S4-08", "entries of bank_all.jsonl whose _v3_depth_hint (integer; absent counts as 1) is >= 2",
        f -> BankFiles.count(f, BANKS + "bank_all.jsonl", e -> depthHint(e.get("_v3_depth_hint")) >= 2));
    put(m, "S4-09", "entries of pilot_legacy_positive.jsonl",
        f -> BankFiles.count(f, BANKS + "pilot_legacy_positive.jsonl", e -> true));
    put(m, "S4-10", "entries of pilot_legacy_negative.jsonl",
        f -> BankFiles.count(f, BANKS + "pilot_legacy_negative.jsonl", e -> true));
    for (String[] c : new String[][] {{"S4-11", "NoKB"}, {"S4-12", "PosOnly"}, {"S4-13", "NegOnly"},
        {"S4-14", "PosNeg"}}) {
      put(m, c[0], "objects of section4/verified_results.json with cond (else condition) " + c[1]
          + " and useful true (not the per-cell verified_eval.json files, which an older check wrote)",
          f -> VerdictList.with(f, VERDICTS,
              v -> Computed.of(ClaimValue.ofInt(v.passes(c[1])), v.inputs())));
    }
    put(m, "S4-15", "the T_A amplitude floor of " + CHECKER + " is 0.25",
        f -> Computed.of(ClaimValue.ofBool(Section4Checks.T_A_AMPLITUDE_FLOOR == 0.25),
            Inputs.source("verdicts.Section4Checks")));
    put(m, "S4-16", "T_A of " + CHECKER + " requires a single dominant peak",
        f -> Computed.of(ClaimValue.ofBool(Section4Checks.requiresSingleDominantPeak("T_A")),
            Inputs.source("verdicts.Section4Checks")));
    put(m, "S4-17", "the text of nk_records/BKdV-S6_deep.json contains 5e-2, 0.05 or 5\\cdot 10^{-2}",
        f -> contains(f, "BKdV-S6_deep.json", "5e-2", "0.05", "5\\cdot 10^{-2}"));
    put(m, "S4-18", "the same file contains '13 orders'",
        f -> contains(f, "BKdV-S6_deep.json", "13 orders"));
    put(m, "S4-19", "nk_records/BKdV-S7_deep.json contains '62.8'",
        f -> contains(f, "BKdV-S7_deep.json", "62.8"));
    put(m, "S4-20", "the same file contains '0.94'", f -> contains(f, "BKdV-S7_deep.json", "0.94"));
    return m;
  }

  private static void put(
      Map<String, ClaimComputation<DataFiles>> m, String id, String method,
      Function<DataFiles, Computed> f) {
    m.put(id, new ClaimComputation<>(method, f));
  }

  private static Computed records(DataFiles f, Predicate<String> stem) {
    List<Path> files = f.list(RECORDS, "*.json");
    long n = files.stream()
        .map(p -> p.getFileName().toString())
        .map(name -> name.substring(0, name.length() - ".json".length()))
        .filter(stem)
        .count();
    return Computed.of(ClaimValue.ofInt(n), Inputs.source(RECORDS + "/*.json (" + files.size() + " files)"));
  }

  private static int depthHint(JsonNode n) {
    return n != null && n.canConvertToInt() ? n.intValue() : 1;
  }

  private static Computed contains(DataFiles f, String record, String... any) {
    String rel = RECORDS + "/" + record;
    if (!f.isFile(rel)) {
      return Computed.none(Inputs.missing(new MissingInput(rel, null, "the claim reads it")));
    }
    String text = f.text(f.path(rel));
    boolean found = false;
    for (String s : any) {
      found |= text.contains(s);
    }
    return Computed.of(ClaimValue.ofBool(found), Inputs.source(rel));
  }
}
