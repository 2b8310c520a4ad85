package org.negativeknowledge.app.entries;

import java.util.List;
import org.negativeknowledge.NkException;
import org.negativeknowledge.validation.ValidationIssue;

/** A record was refused before it reached the bank: it is invalid at the level asked for. */
public class RecordRejectedException extends NkException {
  private static final long serialVersionUID = 1L;

  private final transient List<ValidationIssue> issues;

  /**
   * @param message what was refused and why
   * @param issues every issue found
   */
  public RecordRejectedException(String message, List<ValidationIssue> issues) {
    super(message);
    this.issues = List.copyOf(issues);
  }

  /** Every issue found. */
  public List<ValidationIssue> issues() {
    return issues;
  }
}
