package org.negativeknowledge.curator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.negativeknowledge.NkException;

/**
 * Base of the curator's failures: unreadable artifacts, a model that misbehaves, a refused
 * write, an exhausted retry budget. Subclasses name the failure; messages say where, what and how
 * to fix.
 */
public class CuratorException extends NkException {
  private static final long serialVersionUID = 1L;

  public CuratorException(String message) {
    super(message);
  }

  public CuratorException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The audit of the curation that failed, when the failure happened inside one. */
  private transient ObjectNode audit;

  /**
   * The audit of the failed curation so far (prompt, inputs, tool calls, the error), when the
   * failure happened inside a curation; callers write it to keep a record of the failure.
   */
  public Optional<ObjectNode> audit() {
    return Optional.ofNullable(audit);
  }

  /** Attaches the failed curation's audit (the curator does this before rethrowing). */
  public CuratorException attachAudit(ObjectNode failedAudit) {
    if (audit == null) {
      this.audit = failedAudit;
    }
    return this;
  }
}
