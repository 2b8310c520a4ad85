package org.negativeknowledge.bank.consult.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.negativeknowledge.bank.consult.RouteMatch;

/** Builds the stored experiment: the agent's fields plus what the protocol knows. */
final class ExperimentBodies {
  private ExperimentBodies() {}

  /** The route text the dead-end check compares: the method (and initial condition) of the proposal. */
  static String route(ObjectNode experiment, String methodText) {
    if (experiment == null) {
      return methodText == null ? "" : methodText.strip();
    }
    StringJoiner j = new StringJoiner(" ");
    for (String f : new String[] {"method", "route", "attempted_route", "description"}) {
      JsonNode n = experiment.get(f);
      if (n != null && n.isValueNode() && !n.asText().isBlank()) {
        j.add(n.asText());
      }
    }
    return j.length() > 0 ? j.toString() : experiment.toString();
  }

  static ObjectNode build(
      String id,
      String consultationId,
      String task,
      String domain,
      ObjectNode given,
      String methodText,
      List<SurfacedRow> rows,
      Map<String, Integer> currentRevisions,
      List<RouteMatch> warnings,
      String at) {
    ObjectNode b = JsonNodeFactory.instance.objectNode();
    b.put("id", id);
    b.put("consultation", consultationId);
    b.put("task", task);
    if (domain != null) {
      b.put("domain", domain);
    }
    if (given != null) {
      given.properties().forEach(e -> {
        if (!b.has(e.getKey())) {
          b.set(e.getKey(), e.getValue().deepCopy());
        }
      });
    } else {
      b.put("method", methodText);
    }
    if (!b.has("motivated_by")) {
      b.put("motivated_by", consultationId);
    }
    ArrayNode cites = b.putArray("cites_bank");
    ArrayNode rejects = b.putArray("rejects_bank");
    ArrayNode decisions = b.putArray("decisions");
    StringJoiner rationale = new StringJoiner("; ");
    for (SurfacedRow r : rows) {
      (r.decision().equals("adopt") ? cites : rejects).add(r.entryId());
      ObjectNode d = decisions.addObject();
      d.put("entry", r.entryId());
      d.put("decision", r.decision());
      d.put("reason", r.reason());
      d.put("seen_revision", r.seenRevision());
      Integer current = currentRevisions.get(r.entryId());
      if (current != null && current != r.seenRevision()) {
        d.put("current_revision", current);
        d.put("note", "the entry was revised after the consultation; this decision refers to revision "
            + r.seenRevision());
      }
      rationale.add(r.decision() + " " + r.entryId() + ": " + r.reason());
    }
    if (!b.has("bank_use_rationale")) {
      b.put("bank_use_rationale", rationale.toString());
    }
    if (!warnings.isEmpty()) {
      ArrayNode w = b.putArray("dead_end_warnings");
      for (RouteMatch m : warnings) {
        ObjectNode o = w.addObject();
        o.put("kind", m.kind().wireName());
        o.put("source", m.sourceId());
        o.put("route", m.route());
        o.put("score", Math.round(m.score() * 1000) / 1000.0);
        o.put("why", m.why());
      }
    }
    b.put("created_at", at);
    return b;
  }
}
