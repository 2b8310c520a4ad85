package org.negativeknowledge.app.repro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** How each appendix claim is computed (AP-01..54). */
public final class AppendixClaims {
  static final String DIR = "appendix/";
  static final String BANK = DIR + "bank/";
  static final String VERDICTS = DIR + "logs/verified_results.json";
  static final List<String> TASKS = List.of("T_A", "T_B", "T_C", "T_D");
  static final List<String> CONDITIONS = List.of("NoKB", "BKdV", "NLS", "NLSBKdV");

  private AppendixClaims() {}

  /** The computations, by claim id. */
  public static Map<String, ClaimComputation<DataFiles>> computations() {
    Map<String, ClaimComputation<DataFiles>> m = new LinkedHashMap<>();
    put(m, "AP-01", "entries of appendix/bank/nls_knowledge.jsonl",
        f -> BankFiles.count(f, BANK + "nls_knowledge.jsonl", e -> true));
    put(m, "AP-02", "entries of nls_knowledge.jsonl whose depth is the string structural",
        f -> BankFiles.count(f, BANK + "nls_knowledge.jsonl", e -> depthIs(e, "structural")));
    put(m, "AP-03", "entries of nls_knowledge.jsonl whose depth is family-level",
        f -> BankFiles.count(f, BANK + "nls_knowledge.jsonl", e -> depthIs(e, "family-level")));
    put(m, "AP-04", "entries of appendix/bank/bkdv_positive.jsonl",
        f -> BankFiles.count(f, BANK + "bkdv_positive.jsonl", e -> true));
    put(m, "AP-05", "entries of appendix/bank/bkdv_negative.jsonl",
        f -> BankFiles.count(f, BANK + "bkdv_negative.jsonl", e -> true));
    int id = 6;
    for (String cond : CONDITIONS) {
      put(m, claimId(id++), "objects of appendix/logs/verified_results.json with condition " + cond
          + " and useful true", f -> VerdictList.with(f, VERDICTS,
              v -> Computed.of(ClaimValue.ofInt(v.passes(cond)), v.inputs())));
    }
    for (String task : TASKS) {
      for (String cond : CONDITIONS) {
        put(m, claimId(id++), "useful of the first verified_results.json object with task " + task
            + " and condition " + cond, f -> VerdictList.with(f, VERDICTS,
                v -> v.at(task, cond, e -> ClaimValue.ofJson(e.get("useful")))));
      }
    }
    put(m, "AP-26", "diag.bounded of T_B/NoKB (absent reads as false)",
        f -> VerdictList.with(f, VERDICTS, v -> v.at("T_B", "NoKB",
            e -> ClaimValue.ofBool(truthy(e.path("diag").get("bounded"), false)))));
    put(m, "AP-27", "not diag.bounded of T_B/BKdV (absent bounded reads as true)",
        f -> VerdictList.with(f, VERDICTS, v -> v.at("T_B", "BKdV",
            e -> ClaimValue.ofBool(!truthy(e.path("diag").get("bounded"), true)))));
    put(m, "AP-28", "T_B/BKdV diag.u_max_abs (absent: 0) > 100 x T_B/NoKB diag.u_max_abs (absent: 1)",
        f -> VerdictList.with(f, VERDICTS, AppendixClaims::blowUpRatio));
    put(m, "AP-29", "T_D/BKdV diag.mass_drift_rel < 0.05",
        f -> VerdictList.with(f, VERDICTS, v -> v.at("T_D", "BKdV",
            e -> ClaimValue.ofBool(number(e.path("diag").get("mass_drift_rel"), Double.NaN) < 0.05))));
    put(m, "AP-30", "T_D/NLS diag.mass_drift_rel >= 0.05",
        f -> VerdictList.with(f, VERDICTS, v -> v.at("T_D", "NLS",
            e -> ClaimValue.ofBool(number(e.path("diag").get("mass_drift_rel"), Double.NaN) >= 0.05))));
    id = 31;
    for (int k = 1; k <= 8; k++) {
      String rel = DIR + "logs/stage1_bnls/S" + k + "/knowledge_findings.json";
      put(m, claimId(id++), rel + " exists", f -> exists(f, rel, null));
    }
    for (String task : TASKS) {
      for (String cond : CONDITIONS) {
        String rel = DIR + "logs/stage3/" + task + "/" + cond + "/pred_results/" + task + ".npy";
        put(m, claimId(id++), rel + " exists", f -> exists(f, rel, expectedOutput(f, task, cond)));
      }
    }
    return m;
  }

  private static String claimId(int n) {
    return String.format("AP-%02d", n);
  }

  private static void put(
      Map<String, ClaimComputation<DataFiles>> m, String id, String method,
      Function<DataFiles, Computed> f) {
    m.put(id, new ClaimComputation<>(method, f));
  }

  private static boolean depthIs(ObjectNode e, String value) {
    JsonNode d = e.get("depth");
    return d != null && d.isTextual() && d.textValue().equals(value);
  }

  private static boolean truthy(JsonNode n, boolean absent) {
    return n == null || n.isNull() ? absent : n.asBoolean();
  }

  private static double number(JsonNode n, double absent) {
    return n != null && n.isNumber() ? n.doubleValue() : absent;
  }

  private static Computed blowUpRatio(VerdictList v) {
    var blown = v.first("T_B", "BKdV");
    var calm = v.first("T_B", "NoKB");
    if (blown.isEmpty() || calm.isEmpty()) {
      return v.at("T_B", blown.isEmpty() ? "BKdV" : "NoKB", e -> ClaimValue.ofBool(false));
    }
    double a = number(blown.get().path("diag").get("u_max_abs"), 0);
    double b = number(calm.get().path("diag").get("u_max_abs"), 1);
    return Computed.of(ClaimValue.ofBool(a > 100 * b), v.inputs());
  }

  /** The verdict list's word that a session wrote its output, when the list says so. */
  private static String expectedOutput(DataFiles f, String task, String cond) {
    return VerdictList.read(f, VERDICTS)
        .flatMap(v -> v.first(task, cond))
        .filter(e -> e.path("output_exists").asBoolean(false))
        .map(e -> VERDICTS + " says output_exists for " + task + "/" + cond)
        .orElse(null);
  }

  private static Computed exists(DataFiles f, String rel, String evidence) {
    boolean present = f.isFile(rel);
    Inputs in = Inputs.source(rel);
    if (!present && evidence != null) {
      in = in.withMissing(List.of(new MissingInput(rel, null, evidence)));
    }
    return Computed.of(ClaimValue.ofBool(present), in);
  }
}
