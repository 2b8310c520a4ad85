package org.negativeknowledge.app.repro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.negativeknowledge.bank.graph.GraphFormatException;
import org.negativeknowledge.bank.graph.GraphNode;
import org.negativeknowledge.bank.graph.ResearchGraph;

/**
 * The research graphs ({@code research_state.jsonl}, read with the bank's {@link ResearchGraph})
 * behind the studies' sessions: for the appendix, checked against the bank-use accounts that
 * {@code verified_results.json} stores per session; for section 4, the iterations and citations
 * per cell that the verifier prints without checking.
 */
public final class GraphAccounts {
  private static final String S4_STAGE2 = "section4/stage2/";
  private static final String AP_STAGE3 = AppendixClaims.DIR + "logs/stage3/";

  private GraphAccounts() {}

  /** Section 4: Experiment nodes, citations and rejections per cell (nothing stored to compare). */
  public static CrossCheck section4(DataFiles f) {
    List<String> notes = new ArrayList<>();
    int graphs = 0;
    for (String task : List.of("T_A", "T_B", "T_C")) {
      for (String cond : List.of("NoKB", "PosOnly", "NegOnly", "PosNeg")) {
        String rel = S4_STAGE2 + task + "/" + cond + "/research_state.jsonl";
        if (!f.isFile(rel)) {
          notes.add(task + "/" + cond + ": no research graph");
          continue;
        }
        graphs++;
        ResearchGraph g = read(f, rel);
        notes.add(task + "/" + cond + ": " + g.nodesOfType(GraphNode.EXPERIMENT).size()
            + " experiments, " + g.bankUse().totalCitations() + " bank citations, "
            + g.bankUse().totalRejections() + " rejections");
      }
    }
    return new CrossCheck("S4-X1", Study.SECTION4,
        "research graphs: experiments (the verifier's printed iterations) and bank use per cell",
        0, 0, List.of(), notes, List.of(S4_STAGE2 + "T_X/COND/research_state.jsonl (" + graphs + " files)"));
  }

  /** Appendix: the bank-use fields of verified_results.json against the sessions' graphs. */
  public static CrossCheck appendix(DataFiles f) {
    List<String> diffs = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    var list = VerdictList.read(f, AppendixClaims.VERDICTS);
    if (list.isEmpty()) {
      notes.add(AppendixClaims.VERDICTS + " is absent: nothing to compare");
      return appendixCheck(0, diffs, notes);
    }
    Set<String> nls = ids(f, AppendixClaims.BANK + "nls_knowledge.jsonl");
    Set<String> bkdv = ids(f, AppendixClaims.BANK + "bkdv_positive.jsonl");
    bkdv.addAll(ids(f, AppendixClaims.BANK + "bkdv_negative.jsonl"));
    int compared = 0;
    for (ObjectNode e : list.get().entries()) {
      String task = e.path("task").asText("");
      String cond = VerdictList.condition(e);
      String rel = AP_STAGE3 + task + "/" + cond + "/research_state.jsonl";
      if (!f.isFile(rel)) {
        notes.add(task + "/" + cond + ": no research graph, not compared");
        continue;
      }
      compared++;
      List<GraphNode> experiments = read(f, rel).nodesOfType(GraphNode.EXPERIMENT);
      List<String> cites = new ArrayList<>();
      List<String> rejects = new ArrayList<>();
      experiments.forEach(n -> {
        cites.addAll(n.citesBank());
        rejects.addAll(n.rejectsBank());
      });
      List<String> d = new ArrayList<>();
      compare(d, e, "iterations", experiments.size());
      compare(d, e, "bank_cites", cites.size());
      compare(d, e, "bank_rejects", rejects.size());
      compare(d, e, "cite_nls", cites.stream().filter(nls::contains).count());
      compare(d, e, "cite_bkdv", cites.stream().filter(bkdv::contains).count());
      compare(d, e, "reject_nls", rejects.stream().filter(nls::contains).count());
      compare(d, e, "reject_bkdv", rejects.stream().filter(bkdv::contains).count());
      compareIds(d, e, "cite_ids", cites);
      compareIds(d, e, "reject_ids", rejects);
      d.forEach(x -> diffs.add(task + "/" + cond + ": " + x));
    }
    return appendixCheck(compared, diffs, notes);
  }

  private static CrossCheck appendixCheck(int compared, List<String> diffs, List<String> notes) {
    long bad = diffs.stream().map(d -> d.substring(0, d.indexOf(':'))).distinct().count();
    return new CrossCheck("AP-X1", Study.APPENDIX,
        "bank use per session: verified_results.json against the research graphs",
        compared, (int) (compared - bad), diffs, notes,
        List.of(AppendixClaims.VERDICTS, AP_STAGE3 + "T_X/COND/research_state.jsonl",
            AppendixClaims.BANK + "*.jsonl"));
  }

  private static void compare(List<String> d, ObjectNode e, String field, long actual) {
    JsonNode stored = e.get(field);
    if (stored != null && (!stored.canConvertToLong() || stored.asLong() != actual)) {
      d.add(field + " stored " + stored + ", the graph gives " + actual);
    }
  }

  private static void compareIds(List<String> d, ObjectNode e, String field, List<String> actual) {
    JsonNode stored = e.get(field);
    if (stored == null) {
      return;
    }
    List<String> s = new ArrayList<>();
    stored.forEach(x -> s.add(x.asText()));
    if (!s.equals(actual)) {
      d.add(field + " stored " + s + ", the graph gives " + actual);
    }
  }

  private static Set<String> ids(DataFiles f, String rel) {
    Set<String> out = new HashSet<>();
    BankFiles.entries(f, rel).ifPresent(list -> list.forEach(o -> {
      if (o.hasNonNull("id")) {
        out.add(o.get("id").asText());
      }
    }));
    return out;
  }

  private static ResearchGraph read(DataFiles f, String rel) {
    try {
      return ResearchGraph.read(f.path(rel));
    } catch (GraphFormatException e) {
      throw new ReproException(rel + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(rel + ": cannot read", e);
    }
  }
}
