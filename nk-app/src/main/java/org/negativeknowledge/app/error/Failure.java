package org.negativeknowledge.app.error;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.negativeknowledge.NkException;
import org.negativeknowledge.app.entries.RecordRejectedException;
import org.negativeknowledge.app.files.ArtifactTooLargeException;
import org.negativeknowledge.app.files.FileAccessDeniedException;
import org.negativeknowledge.app.operation.ArgumentException;
import org.negativeknowledge.app.view.CurationViews;
import org.negativeknowledge.app.view.ProtocolViews;
import org.negativeknowledge.bank.consult.ConsultationNotFoundException;
import org.negativeknowledge.bank.consult.ConsultationStateException;
import org.negativeknowledge.bank.consult.DeadEndException;
import org.negativeknowledge.bank.consult.UndecidedEntriesException;
import org.negativeknowledge.bank.entry.BankNotFoundException;
import org.negativeknowledge.bank.entry.BankStorageException;
import org.negativeknowledge.bank.entry.EntryNotFoundException;
import org.negativeknowledge.bank.entry.EntryStateException;
import org.negativeknowledge.bank.entry.InvalidEntryException;
import org.negativeknowledge.bank.entry.RevisionConflictException;
import org.negativeknowledge.bank.search.SearchIndexException;
import org.negativeknowledge.curator.ArtifactRefusedException;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.model.ModelCallException;
import org.negativeknowledge.record.MalformedJsonException;
import org.negativeknowledge.validation.stream.RecordSourceException;

/**
 * A failure of an operation as every front end reports it: its kind, a message that describes the
 * state (never a front end's remedy, never a server path), and structured details (ids, expected
 * and actual values, issues). {@link #of} is the one place that classifies exceptions.
 *
 * @param kind what kind of failure
 * @param message what went wrong
 * @param details structured details, an object (empty when there are none)
 */
public record Failure(FailureKind kind, String message, ObjectNode details) {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  public Failure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    details = details == null ? F.objectNode() : details;
  }

  /** The failure {@code t} stands for; an unexpected exception is {@link FailureKind#INTERNAL}. */
  public static Failure of(Throwable t) {
    String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    ObjectNode d = F.objectNode();
    if (t instanceof ArgumentException a) {
      d.put("argument", a.argument()).put("expected", a.expected());
      return new Failure(FailureKind.INVALID, msg, d);
    }
    if (t instanceof RecordRejectedException r) {
      d.set("issues", CurationViews.issues(r.issues()));
      return new Failure(FailureKind.INVALID, msg, d);
    }
    if (t instanceof EntryNotFoundException e) {
      d.put("what", "entry").put("id", e.id());
      return new Failure(FailureKind.NOT_FOUND, msg, d);
    }
    if (t instanceof ConsultationNotFoundException e) {
      d.put("what", e.kind()).put("id", e.id());
      return new Failure(FailureKind.NOT_FOUND, msg, d);
    }
    if (t instanceof BankNotFoundException) {
      return new Failure(FailureKind.NOT_FOUND, msg, d.put("what", "bank"));
    }
    if (t instanceof UndecidedEntriesException u) {
      d.put("consultation_id", u.consultationId());
      ArrayNode undecided = d.putArray("undecided");
      u.undecided().forEach(undecided::add);
      return new Failure(FailureKind.REFUSED, msg, d);
    }
    if (t instanceof DeadEndException de) {
      d.set("matches", ProtocolViews.routeMatches(de.matches()));
      return new Failure(FailureKind.REFUSED, msg, d);
    }
    if (t instanceof ConsultationStateException cs) {
      d.put("conflict", cs.conflict().name().toLowerCase(java.util.Locale.ROOT)).put("id", cs.subjectId())
          .put("other_id", cs.otherId());
      return new Failure(
          cs.conflict() == ConsultationStateException.Conflict.ENTRY_NOT_SHOWN ? FailureKind.INVALID : FailureKind.REFUSED,
          msg, d);
    }
    if (t instanceof RevisionConflictException rc) {
      d.put("id", rc.entryId()).put("expected_revision", rc.expectedRevision()).put("actual_revision", rc.actualRevision());
      return new Failure(FailureKind.STALE, msg, d);
    }
    if (t instanceof EntryStateException) {
      return new Failure(FailureKind.CONFLICT, msg, d);
    }
    if (t instanceof InvalidEntryException || t instanceof MalformedJsonException
        || t instanceof RecordSourceException || t instanceof IllegalArgumentException) {
      return new Failure(FailureKind.INVALID, msg, d);
    }
    if (t instanceof FileAccessDeniedException fa) {
      return new Failure(FailureKind.FORBIDDEN, msg, d.put("argument", fa.argument()));
    }
    if (t instanceof ArtifactTooLargeException tl) {
      return new Failure(FailureKind.TOO_LARGE, msg, d.put("limit", tl.limit()));
    }
    if (t instanceof ArtifactRefusedException) {
      return new Failure(FailureKind.FORBIDDEN, msg, d);
    }
    if (t instanceof ModelCallException || t instanceof SearchIndexException || t instanceof BankStorageException) {
      return new Failure(FailureKind.UNAVAILABLE, msg, d);
    }
    if (t instanceof CuratorException) {
      return new Failure(FailureKind.UNPROCESSABLE, msg, d);
    }
    if (t instanceof NkException) {
      return new Failure(FailureKind.INTERNAL, msg, d);
    }
    return new Failure(FailureKind.INTERNAL, "internal error (" + t.getClass().getSimpleName() + ")", d);
  }

  /** {@code {"error": {"kind": ..., "message": ..., <details>}}}, with {@code status} when not null. */
  public ObjectNode toJson(Integer status) {
    ObjectNode o = F.objectNode();
    ObjectNode e = o.putObject("error");
    if (status != null) {
      e.put("status", status);
    }
    e.put("kind", kind.wireName());
    e.put("message", message);
    details.properties().forEach(f -> e.set(f.getKey(), f.getValue()));
    return o;
  }
}
