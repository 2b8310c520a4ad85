package org.negativeknowledge.curator.offline;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.stream.Stream;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.testing.PaperData;
import org.negativeknowledge.curator.replay.ReplayCase;

/**
 * Runs the offline curator on every section-3 curator audit case and prints, per facet, how often
 * its choice agrees with the record the paper's model-driven curator wrote, plus a confusion table
 * for {@code layer} and the majority-class baseline. Run by {@code bench/offline-agreement.sh}.
 *
 * <p>Arguments: optional path of the {@code curator_audit} folder (default: the shared data), then
 * optionally {@code --records} to print every offline record after the table.
 */
public final class OfflineAgreementBench {

  static final String[] FACETS = {"layer", "scope", "degree", "recommended_action", "risk"};

  private OfflineAgreementBench() {}

  /** One compared case. */
  record Row(String name, String kind, ObjectNode expected, CurationResult result) {
    String expectedFacet(String facet) {
      return expected.path("failure").path(facet).asText("");
    }

    String actualFacet(String facet) {
      return result.record().path("failure").path(facet).asText("");
    }
  }

  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean printRecords = rest.remove("--records");
    Path auditDir = !rest.isEmpty() ? Path.of(rest.get(0)) : PaperData.find("section3/curator_audit").orElse(null);
    if (auditDir == null || !Files.isDirectory(auditDir)) {
      System.err.println("offline-agreement: no curator_audit folder (pass its path, or put the paper's data at ../shared/nk-paper)");
      System.exit(2);
    }
    Path work = Files.createTempDirectory("nk-offline-bench");
    try {
      List<Row> rows = run(auditDir, work);
      print(rows, System.out);
      if (printRecords) {
        for (Row r : rows) {
          System.out.println();
          System.out.println("== " + r.name() + " (" + r.kind() + ")");
          System.out.println(org.negativeknowledge.record.NkJson.pretty(r.result().record()));
        }
      }
    } finally {
      deleteTree(work);
    }
  }

  /** Curates every audit case offline. */
  static List<Row> run(Path auditDir, Path work) {
    OfflineCurator curator = new OfflineCurator();
    List<Row> rows = new ArrayList<>();
    for (Path audit : ReplayCase.auditFiles(auditDir)) {
      ReplayCase c = ReplayCase.materialise(audit, work);
      CurationResult r = switch (c.kind()) {
        case "deep" -> curator.curateDeep(c.task(), c.rounds());
        case "round2" -> curator.curateRound2(c.task(), c.priorRecord(), c.rounds().get(0));
        default -> curator.curateDepth1(c.task(), c.rounds().get(0));
      };
      rows.add(new Row(c.name(), c.kind(), c.expected(), r));
    }
    return rows;
  }

  static void print(List<Row> rows, PrintStream out) {
    int n = rows.size();
    long valid = rows.stream().filter(r -> r.result().validation().valid()).count();
    out.printf("offline curator vs the paper's LLM-written records: %d section-3 audit cases%n", n);
    out.printf("strict-valid offline records (core profile): %d / %d%n%n", valid, n);
    out.printf("%-20s %9s %9s %9s %9s   %s%n", "facet", "all", "depth1", "round2", "deep", "majority baseline");
    for (String facet : FACETS) {
      out.printf("%-20s %9s %9s %9s %9s   %s%n", facet,
          pct(rows, facet, null), pct(rows, facet, "depth1"), pct(rows, facet, "round2"), pct(rows, facet, "deep"),
          majority(rows, facet));
    }
    out.println();
    out.println("layer confusion (rows: LLM record, columns: offline record)");
    TreeSet<String> labels = new TreeSet<>();
    rows.forEach(r -> {
      labels.add(r.expectedFacet("layer"));
      labels.add(r.actualFacet("layer"));
    });
    out.printf("%-24s", "");
    for (String l : labels) {
      out.printf("%16s", shortLabel(l));
    }
    out.println();
    for (String e : labels) {
      out.printf("%-24s", e);
      for (String a : labels) {
        long k = rows.stream().filter(r -> r.expectedFacet("layer").equals(e) && r.actualFacet("layer").equals(a)).count();
        out.printf("%16d", k);
      }
      out.println();
    }
    out.println();
    out.println("layer disagreements:");
    rows.stream()
        .filter(r -> !r.expectedFacet("layer").equals(r.actualFacet("layer")))
        .sorted(Comparator.comparing(Row::name))
        .forEach(r -> out.printf("  %-16s LLM %-24s offline %-24s key %s%n", r.name(), r.expectedFacet("layer"),
            r.actualFacet("layer"), r.result().audit().path("signature_key").asText()));
  }

  private static String pct(List<Row> rows, String facet, String kind) {
    List<Row> sel = rows.stream().filter(r -> kind == null || r.kind().equals(kind)).toList();
    if (sel.isEmpty()) {
      return "-";
    }
    long agree = sel.stream().filter(r -> r.expectedFacet(facet).equals(r.actualFacet(facet))).count();
    return String.format("%d/%d %3.0f%%", agree, sel.size(), 100.0 * agree / sel.size());
  }

  private static String majority(List<Row> rows, String facet) {
    Map<String, Integer> counts = new TreeMap<>();
    rows.forEach(r -> counts.merge(r.expectedFacet(facet), 1, Integer::sum));
    Map.Entry<String, Integer> best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    return String.format("%s %.0f%%", best.getKey(), 100.0 * best.getValue() / rows.size());
  }

  private static String shortLabel(String l) {
    return l.replace("_failure", "");
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
