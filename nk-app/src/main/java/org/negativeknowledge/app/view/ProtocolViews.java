package org.negativeknowledge.app.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.app.protocol.Citations;
import org.negativeknowledge.app.protocol.OpenedConsultation;
import org.negativeknowledge.app.protocol.RouteCheck;
import org.negativeknowledge.bank.consult.Consultation;
import org.negativeknowledge.bank.consult.ConsultationSummary;
import org.negativeknowledge.bank.consult.EntryDecision;
import org.negativeknowledge.bank.consult.ExperimentCitation;
import org.negativeknowledge.bank.consult.FindingResult;
import org.negativeknowledge.bank.consult.Proposal;
import org.negativeknowledge.bank.consult.RouteMatch;
import org.negativeknowledge.bank.consult.SurfacedEntry;
import org.negativeknowledge.bank.graph.ResearchGraph;

/**
 * The one JSON view of each object of the consultation protocol (consultations, decisions,
 * proposals, findings, route checks, the ledger's history), used by {@code --format json}, the
 * HTTP API and MCP alike.
 */
public final class ProtocolViews {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ProtocolViews() {}

  /** A consultation just opened: its id, context, the memory block and every surfaced entry. */
  public static ObjectNode consultation(OpenedConsultation opened) {
    Consultation c = opened.consultation();
    ObjectNode o = F.objectNode();
    o.put("consultation_id", c.id());
    o.put("task", c.task());
    o.put("context", c.context());
    o.put("domain", c.domain());
    o.put("created_at", c.createdAt().toString());
    o.put("memory", c.memory().text());
    o.put("memory_tokens", c.memory().tokens());
    o.put("omitted", c.memory().omitted());
    ArrayNode arr = o.putArray("surfaced");
    for (SurfacedEntry s : c.surfaced()) {
      ObjectNode e = arr.addObject();
      e.put("entry_id", s.entryId());
      e.put("title", opened.titles().getOrDefault(s.entryId(), s.entryId()));
      e.put("seen_revision", s.seenRevision());
      e.put("rank", s.rank());
      e.put("form", s.form().wireName());
      e.put("score", Math.round(s.score() * 1000) / 1000.0);
      EntryViews.strings(e.putArray("flags"), s.flags());
    }
    return o;
  }

  /** The decisions in force on a consultation, in rank order. */
  public static ObjectNode decisions(String consultationId, List<EntryDecision> decisions) {
    ObjectNode o = F.objectNode();
    o.put("consultation_id", consultationId);
    ArrayNode arr = o.putArray("decisions");
    decisions.forEach(d -> arr.add(decision(d, null)));
    return o;
  }

  private static ObjectNode decision(EntryDecision d, String title) {
    ObjectNode x = F.objectNode()
        .put("entry_id", d.entryId())
        .put("seen_revision", d.seenRevision())
        .put("decision", d.decision().wireName())
        .put("reason", d.reason());
    if (title != null) {
      x.put("title", title);
    }
    return x;
  }

  /** A recorded experiment: its id, body, the dead ends it matches and entries revised since seen. */
  public static ObjectNode proposal(Proposal p) {
    ObjectNode o = F.objectNode();
    o.put("experiment_id", p.experimentId());
    o.set("experiment", p.experiment());
    o.set("dead_end_warnings", routeMatches(p.deadEndWarnings()));
    EntryViews.strings(o.putArray("revised_since_seen"), p.revisedSinceSeen());
    return o;
  }

  /** A stored experiment. */
  public static ObjectNode experiment(String experimentId, ObjectNode body) {
    ObjectNode o = F.objectNode();
    o.put("experiment_id", experimentId);
    o.set("experiment", body);
    return o;
  }

  /** A finding: its id, the experiment, the outcome, the adopted entries' usefulness now. */
  public static ObjectNode finding(FindingResult r) {
    ObjectNode o = F.objectNode();
    o.put("finding_id", r.findingId());
    o.put("experiment_id", r.experimentId());
    o.put("outcome", r.outcome().wireName());
    ArrayNode u = o.putArray("usefulness");
    r.usefulness().forEach(x -> u.add(EntryViews.usefulness(x)));
    EntryViews.strings(o.putArray("newly_misleading"), r.newlyMisleading());
    return o;
  }

  /** A route check: whether the route is ruled out, and by what. */
  public static ObjectNode routeCheck(RouteCheck c) {
    ObjectNode o = F.objectNode();
    o.put("route", c.route());
    o.put("ruled_out", c.ruledOut());
    o.set("matches", routeMatches(c.matches()));
    return o;
  }

  /** Route matches, best first: kind, source, route, score and why. */
  public static ArrayNode routeMatches(List<RouteMatch> matches) {
    ArrayNode arr = F.arrayNode();
    for (RouteMatch m : matches) {
      arr.addObject()
          .put("kind", m.kind().wireName())
          .put("source_id", m.sourceId())
          .put("route", m.route())
          .put("score", m.score())
          .put("search_score", m.searchScore())
          .put("why", m.why());
    }
    return arr;
  }

  /** Consultations of the ledger, newest first, each with its decisions and outcome. */
  public static ObjectNode consultations(List<ConsultationSummary> all, Map<String, String> titles) {
    ObjectNode o = F.objectNode();
    ArrayNode arr = o.putArray("consultations");
    all.forEach(k -> arr.add(consultationSummary(k, titles)));
    return o;
  }

  /** One stored consultation with its decisions, experiment and outcome. */
  public static ObjectNode consultationSummary(ConsultationSummary k, Map<String, String> titles) {
    ObjectNode v = F.objectNode();
    v.put("consultation_id", k.id());
    v.put("task", k.task());
    v.put("domain", k.domain());
    v.put("context", k.context());
    v.put("opened_at", k.openedAt().toString());
    v.put("surfaced", k.surfacedCount());
    v.put("undecided", k.undecidedCount());
    ArrayNode ds = v.putArray("decisions");
    k.decisions().forEach(d -> ds.add(decision(d, titles.get(d.entryId()))));
    v.put("experiment_id", k.experimentId());
    v.put("outcome", k.outcome() == null ? null : k.outcome().wireName());
    return v;
  }

  /** The experiments that cited or rejected one entry, and its counts in imported graphs. */
  public static ObjectNode citations(Citations c) {
    ObjectNode o = F.objectNode();
    o.put("entry_id", c.entryId());
    o.put("cited", c.cited());
    o.put("rejected", c.rejected());
    ArrayNode arr = o.putArray("experiments");
    for (ExperimentCitation x : c.experiments()) {
      ObjectNode v = arr.addObject();
      v.put("experiment_id", x.experimentId());
      v.put("consultation_id", x.consultationId());
      v.put("task", x.task());
      v.put("decision", x.decision().wireName());
      v.put("reason", x.reason());
      v.put("seen_revision", x.seenRevision());
      v.put("proposed_at", x.proposedAt().toString());
      v.put("outcome", x.outcome() == null ? null : x.outcome().wireName());
    }
    o.putObject("imported_bank_use").put("cited", c.importedCited()).put("rejected", c.importedRejected());
    return o;
  }

  /** A task's research graph: its node objects, in time order. */
  public static ObjectNode graph(String task, ResearchGraph g) {
    ObjectNode o = F.objectNode();
    o.put("task", task);
    ArrayNode nodes = o.putArray("nodes");
    g.objects().forEach(nodes::add);
    return o;
  }
}
