package org.negativeknowledge.record;

import java.util.stream.Collectors;
import org.negativeknowledge.NkException;
import org.negativeknowledge.validation.ValidationReport;

/** A record refused because validation found issues; the message lists each one. */
public final class InvalidRecordException extends NkException {
  private static final long serialVersionUID = 1L;
  private final transient ValidationReport report;

  public InvalidRecordException(ValidationReport report) {
    super(
        "the record is not valid ("
            + report.issues().size()
            + " issue(s)): "
            + report.issues().stream().map(Object::toString).collect(Collectors.joining("; ")));
    this.report = report;
  }

  /** The issues that caused the refusal. */
  public ValidationReport report() {
    return report;
  }
}
