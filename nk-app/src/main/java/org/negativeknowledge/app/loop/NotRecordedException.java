package org.negativeknowledge.app.loop;

/**
 * A replay has no recording of the attempt, curation or execution asked for. The loop ends the
 * condition for that task there and counts it in the report; it is not an error of the run.
 */
public class NotRecordedException extends LoopException {
  private static final long serialVersionUID = 1L;

  /** An absence, said in the message. */
  public NotRecordedException(String message) {
    super(message);
  }
}
