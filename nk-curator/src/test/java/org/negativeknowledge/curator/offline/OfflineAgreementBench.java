package org.negativeknowledge.curator.offline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.Facet;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.testing.PaperData;

/**
 * Measures how often the offline curator's facets agree with the records the paper's model-driven
 * curator wrote, on cases it was tuned on and on cases it was not: the section-3 audit cases split
 * by task into {@code tuning} and {@code frozen} ({@link Section3Split}), and the section-4
 * depth-1 records (another domain, never used for tuning). Beside the offline curator it prints two
 * baselines, both fitted on the tuning cases only: the exit-code rule ({@link Baselines}) and the
 * majority class. Run by {@code bench/offline-agreement.sh}.
 *
 * <p>Arguments: {@code --tuning-only} (curate and print only the tuning split: what a rule designer
 * may look at), {@code --records} (print every offline record after the tables), {@code --audit
 * DIR} and {@code --section4 DIR} (defaults: the shared paper data).
 */
public final class OfflineAgreementBench {

  static final String[] FACETS = {"layer", "scope", "degree", "recommended_action", "risk"};

  private OfflineAgreementBench() {}

  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean tuningOnly = rest.remove("--tuning-only");
    boolean printRecords = rest.remove("--records");
    Path auditDir = option(rest, "--audit").map(Path::of).orElse(PaperData.find("section3/curator_audit").orElse(null));
    Path section4 = option(rest, "--section4").map(Path::of).orElse(PaperData.find("section4").orElse(null));
    if (!rest.isEmpty()) {
      System.err.println("offline-agreement: unknown arguments " + rest
          + " (use --tuning-only, --records, --audit DIR, --section4 DIR)");
      System.exit(2);
    }
    if (auditDir == null || !Files.isDirectory(auditDir)) {
      System.err.println("offline-agreement: no curator_audit folder (pass --audit DIR, or put the paper's data at ../shared/nk-paper)");
      System.exit(2);
    }
    Path work = Files.createTempDirectory("nk-offline-bench");
    try {
      Section3Split split = Section3Split.load();
      List<AgreementCase> cases = new ArrayList<>(AgreementCases.section3(auditDir, work, split));
      if (!tuningOnly && section4 != null && Files.isDirectory(section4.resolve("stage1"))) {
        cases.addAll(AgreementCases.section4(section4));
      }
      List<String> sets = tuningOnly
          ? List.of(Section3Split.TUNING)
          : List.of(Section3Split.TUNING, Section3Split.FROZEN, AgreementCase.SECTION4);
      cases.removeIf(c -> !sets.contains(c.set()));
      print(cases, sets, split, System.out);
      if (printRecords) {
        for (AgreementCase c : cases) {
          System.out.println();
          System.out.println("== " + c.name() + " (" + c.set() + ", " + c.kind() + ")");
          System.out.println(NkJson.pretty(c.result().record()));
        }
      }
    } finally {
      deleteTree(work);
    }
  }

  static void print(List<AgreementCase> cases, List<String> sets, Section3Split split, PrintStream out) {
    List<AgreementCase> tuning = select(cases, Section3Split.TUNING);
    Baselines baselines = Baselines.fit(tuning);
    out.println("offline curator vs the paper's LLM-written records");
    for (String set : sets) {
      List<AgreementCase> sel = select(cases, set);
      long valid = sel.stream().filter(c -> c.result().validation().valid()).count();
      String what = set.equals(AgreementCase.SECTION4)
          ? "depth-1 records of stage-1 programs, exploration profile, never used for tuning"
          : split.taskCount(set) + " tasks, core profile";
      out.printf("  %-9s %3d cases (%s); strict-valid offline records %d / %d%n", set, sel.size(), what, valid, sel.size());
    }
    out.println();
    out.println("agreement per facet (agreeing / cases); baselines fitted on the tuning split only");
    int w = 12;
    StringBuilder head = new StringBuilder(String.format("%-19s", "facet"));
    StringBuilder group = new StringBuilder(String.format("%-19s", ""));
    for (String system : new String[] {"offline curator", "exit-code rule", "majority class"}) {
      group.append(String.format("| %-" + (w * sets.size() - 2) + "s", system));
      for (String set : sets) {
        head.append(String.format("%" + w + "s", set));
      }
    }
    out.println(group);
    out.println(head);
    for (String facet : FACETS) {
      StringBuilder row = new StringBuilder(String.format("%-19s", facet));
      List<Function<AgreementCase, String>> systems = List.of(
          c -> c.actualFacet(facet), c -> baselines.exitCodeRule(c, facet), c -> baselines.majority(facet));
      for (Function<AgreementCase, String> system : systems) {
        for (String set : sets) {
          row.append(String.format("%" + w + "s", cell(select(cases, set), facet, system)));
        }
      }
      out.println(row);
    }
    out.println();
    out.println("exit-code rule: layer = implementation_failure when the (last) round's exit code is non-zero, else");
    out.println("method_failure; other facets = the tuning split's most frequent value for that exit status.");
    out.println("majority class: the tuning split's most frequent value of the facet.");
    out.println(baselines.describe());
    out.println("section 4 is scored against the records' own values: a layer the offline curator never writes");
    out.println("(measurement_failure) counts as a disagreement; hypothesis_failure it writes only under the");
    out.println("exploration profile, by the rule in LayerRules.");
    List<AgreementCase> coreLayered = select(cases, AgreementCase.SECTION4).stream()
        .filter(c -> TaxonomyProfile.core().allows(Facet.LAYER, c.expectedFacet("layer"))).toList();
    if (!coreLayered.isEmpty()) {
      out.printf("section 4 layer on the %d records whose layer the core profile has: offline %s, exit-code rule %s%n",
          coreLayered.size(), cell(coreLayered, "layer", c -> c.actualFacet("layer")),
          cell(coreLayered, "layer", c -> baselines.exitCodeRule(c, "layer")));
    }
    for (String set : sets) {
      out.println();
      confusion(select(cases, set), set, out);
    }
    for (String set : sets) {
      out.println();
      out.println("layer disagreements, " + set + ":");
      select(cases, set).stream()
          .filter(c -> !c.agrees("layer"))
          .sorted(Comparator.comparing(AgreementCase::name))
          .forEach(c -> out.printf("  %-16s LLM %-24s offline %-24s rule: %s%n", c.name(), c.expectedFacet("layer"),
              c.actualFacet("layer"), c.result().audit().path("rules").path("layer").asText()));
    }
    for (String set : sets) {
      out.println();
      facetDisagreements(select(cases, set), set, out);
    }
  }

  private static void facetDisagreements(List<AgreementCase> cases, String set, PrintStream out) {
    out.println("every facet per case, " + set + " ('.' agrees, else LLM -> offline):");
    for (AgreementCase c : cases.stream().sorted(Comparator.comparing(AgreementCase::name)).toList()) {
      StringBuilder row = new StringBuilder(String.format("  %-16s", c.name()));
      for (String facet : FACETS) {
        row.append(String.format(" %-34s", c.agrees(facet) ? "." : shorten(c.expectedFacet(facet)) + "->" + shorten(c.actualFacet(facet))));
      }
      out.println(row.toString().stripTrailing());
    }
  }

  private static String shorten(String value) {
    return value.replace("_failure", "").replace("_risk", "");
  }

  private static void confusion(List<AgreementCase> cases, String set, PrintStream out) {
    out.println("layer confusion, " + set + " (rows: LLM record, columns: offline record)");
    TreeSet<String> labels = new TreeSet<>();
    cases.forEach(c -> {
      labels.add(c.expectedFacet("layer"));
      labels.add(c.actualFacet("layer"));
    });
    StringBuilder head = new StringBuilder(String.format("%-24s", ""));
    labels.forEach(l -> head.append(String.format("%15s", l.replace("_failure", ""))));
    out.println(head);
    for (String e : labels) {
      StringBuilder row = new StringBuilder(String.format("%-24s", e));
      for (String a : labels) {
        long k = cases.stream().filter(c -> c.expectedFacet("layer").equals(e) && c.actualFacet("layer").equals(a)).count();
        row.append(String.format("%15d", k));
      }
      out.println(row);
    }
  }

  static List<AgreementCase> select(List<AgreementCase> cases, String set) {
    return cases.stream().filter(c -> c.set().equals(set)).toList();
  }

  /** Share of {@code cases} where {@code system}'s value of {@code facet} equals the paper record's. */
  static double agreement(List<AgreementCase> cases, String facet, Function<AgreementCase, String> system) {
    long agree = cases.stream().filter(c -> c.expectedFacet(facet).equals(system.apply(c))).count();
    return cases.isEmpty() ? Double.NaN : (double) agree / cases.size();
  }

  private static String cell(List<AgreementCase> cases, String facet, Function<AgreementCase, String> system) {
    if (cases.isEmpty()) {
      return "-";
    }
    long agree = cases.stream().filter(c -> c.expectedFacet(facet).equals(system.apply(c))).count();
    return String.format("%d/%d %3.0f%%", agree, cases.size(), 100.0 * agree / cases.size());
  }

  private static java.util.Optional<String> option(List<String> args, String name) {
    int i = args.indexOf(name);
    if (i < 0) {
      return java.util.Optional.empty();
    }
    if (i + 1 >= args.size()) {
      System.err.println("offline-agreement: " + name + " needs a directory");
      System.exit(2);
    }
    String value = args.get(i + 1);
    args.remove(i + 1);
    args.remove(i);
    return java.util.Optional.of(value);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Counts values, most frequent first, ties by name. */
  static String mostFrequent(List<String> values) {
    Map<String, Integer> counts = new TreeMap<>();
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse("");
  }
}
