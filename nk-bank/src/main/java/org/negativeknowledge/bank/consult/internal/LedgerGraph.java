package org.negativeknowledge.bank.consult.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.bank.graph.GraphNode;
import org.negativeknowledge.bank.graph.ResearchGraph;

/**
 * The ledger's steps as the paper's research graph: a consultation is a Question (its context),
 * each decision a Decision ({@code action} adopt or reject, {@code based_on} the consultation),
 * the proposal an Experiment ({@code cites_bank}, {@code rejects_bank}, {@code
 * bank_use_rationale}), the finding a Finding. {@code ts} counts nodes in time order from 1; the
 * wall-clock time is kept in {@code time}.
 */
final class LedgerGraph {
  private static final List<String> EXPERIMENT_LEAD =
      List.of("id", "ic", "method", "params", "T", "motivated_by", "cites_bank", "rejects_bank", "bank_use_rationale");

  private LedgerGraph() {}

  static ResearchGraph of(Connection c, LedgerTables tables, String task) throws SQLException {
    List<GraphNode> nodes = new ArrayList<>();
    int ts = 0;
    for (String cid : tables.consultationsOfTask(c, task)) {
      String[] h = tables.consultationHeader(c, cid).orElseThrow();
      ObjectNode q = node("Question", cid);
      q.put("text", h[1]);
      q.put("ts", ++ts);
      q.put("time", h[3]);
      if (h[2] != null) {
        q.put("domain", h[2]);
      }
      List<SurfacedRow> rows = tables.surfaced(c, cid);
      var surfaced = q.putArray("surfaced");
      for (SurfacedRow r : rows) {
        surfaced.addObject().put("entry", r.entryId()).put("seen_revision", r.seenRevision());
      }
      nodes.add(new GraphNode(q));
      List<SurfacedRow> decided = new ArrayList<>(rows.stream().filter(SurfacedRow::decided).toList());
      decided.sort(Comparator.comparing(SurfacedRow::decidedAt).thenComparing(SurfacedRow::ordinal));
      for (SurfacedRow r : decided) {
        ObjectNode d = node("Decision", cid + "/" + r.entryId());
        d.putArray("based_on").add(cid);
        d.put("action", r.decision());
        d.put("entry", r.entryId());
        d.put("seen_revision", r.seenRevision());
        d.put("rationale", r.reason());
        d.put("ts", ++ts);
        d.put("time", r.decidedAt());
        nodes.add(new GraphNode(d));
      }
      Optional<LedgerTables.ExperimentRow> e = tables.experimentOf(c, cid);
      if (e.isEmpty()) {
        continue;
      }
      ObjectNode x = node("Experiment", e.get().id());
      ObjectNode body = e.get().body();
      for (String f : EXPERIMENT_LEAD) {
        if (body.has(f) && !f.equals("id")) {
          x.set(f, body.get(f));
        }
      }
      body.properties().forEach(f -> {
        if (!x.has(f.getKey()) && !f.getKey().equals("created_at")) {
          x.set(f.getKey(), f.getValue());
        }
      });
      x.put("ts", ++ts);
      x.put("time", body.path("created_at").asText());
      nodes.add(new GraphNode(x));
      ObjectNode f = e.get().finding();
      if (f != null) {
        ObjectNode fn = node("Finding", f.path("id").asText());
        f.properties().forEach(field -> {
          if (!fn.has(field.getKey())) {
            fn.set(field.getKey(), field.getValue());
          }
        });
        fn.put("ts", ++ts);
        fn.set("time", f.path("time"));
        nodes.add(new GraphNode(fn));
      }
    }
    return ResearchGraph.of(nodes);
  }

  /** The Finding object stored with an experiment (and shown in the graph). */
  static ObjectNode finding(String id, String experimentId, String outcome, String kind, JsonNode diagnostics,
      String note, String at) {
    ObjectNode f = JsonNodeFactory.instance.objectNode();
    f.put("id", id);
    f.put("experiment", experimentId);
    f.set("diagnostics", diagnostics != null ? diagnostics : JsonNodeFactory.instance.objectNode());
    f.put("kind", kind);
    f.put("useful_self_assessment", outcome.equals("success"));
    f.put("rationale", note == null ? "" : note);
    f.put("outcome", outcome);
    f.put("time", at);
    return f;
  }

  private static ObjectNode node(String type, String id) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("node_type", type);
    n.put("id", id);
    return n;
  }
}
