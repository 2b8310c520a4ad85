package org.negativeknowledge.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.negativeknowledge.NkException;
import org.negativeknowledge.bank.entry.EntryNotFoundException;
import org.negativeknowledge.bank.entry.EntryStateException;
import org.negativeknowledge.bank.entry.InvalidEntryException;
import org.negativeknowledge.bank.entry.RevisionConflictException;
import org.negativeknowledge.bank.consult.ConsultationNotFoundException;
import org.negativeknowledge.bank.consult.ConsultationStateException;
import org.negativeknowledge.bank.consult.DeadEndException;
import org.negativeknowledge.bank.consult.ProposalRefusedException;
import org.negativeknowledge.bank.consult.RouteMatch;
import org.negativeknowledge.bank.consult.UndecidedEntriesException;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.server.ServerException;

/**
 * Maps a failure to an HTTP status, a message and structured details, the same way for MCP tool
 * errors and HTTP API errors: {@code {"error": {"status": N, "message": "...", ...details}}}.
 */
public record ErrorViews(int status, String message, JsonNode details) {

  /** The view of {@code t}. Unexpected failures become 500 with the exception's message. */
  public static ErrorViews of(Throwable t) {
    String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    if (t instanceof ServerException se) {
      return new ErrorViews(se.status(), msg, se.details());
    }
    if (t instanceof EntryNotFoundException || t instanceof ConsultationNotFoundException) {
      return new ErrorViews(404, msg, null);
    }
    if (t instanceof UndecidedEntriesException u) {
      ObjectNode d = JsonNodeFactory.instance.objectNode();
      d.put("consultation_id", u.consultationId());
      u.undecided().forEach(d.putArray("undecided")::add);
      return new ErrorViews(409, msg, d);
    }
    if (t instanceof DeadEndException de) {
      ObjectNode d = JsonNodeFactory.instance.objectNode();
      var arr = d.putArray("matches");
      for (RouteMatch m : de.matches()) {
        arr.addObject().put("kind", m.kind().wireName()).put("source_id", m.sourceId()).put("route", m.route()).put("score", m.score())
            .put("why", m.why());
      }
      return new ErrorViews(409, msg, d);
    }
    if (t instanceof RevisionConflictException rc) {
      ObjectNode d = JsonNodeFactory.instance.objectNode();
      d.put("id", rc.entryId()).put("expected_revision", rc.expectedRevision()).put("actual_revision", rc.actualRevision());
      return new ErrorViews(412, msg, d);
    }
    if (t instanceof ProposalRefusedException || t instanceof ConsultationStateException || t instanceof EntryStateException) {
      return new ErrorViews(409, msg, null);
    }
    if (t instanceof InvalidEntryException || t instanceof IllegalArgumentException) {
      return new ErrorViews(400, msg, null);
    }
    if (t instanceof CuratorException) {
      return new ErrorViews(422, msg, null);
    }
    if (t instanceof NkException) {
      return new ErrorViews(500, msg, null);
    }
    return new ErrorViews(500, "internal error: " + msg, null);
  }

  /** {@code {"error": {"status": N, "message": "...", <details>}}}. */
  public ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    ObjectNode e = o.putObject("error");
    e.put("status", status);
    e.put("message", message);
    if (details != null && details.isObject()) {
      details.fields().forEachRemaining(f -> e.set(f.getKey(), f.getValue()));
    }
    return o;
  }
}
