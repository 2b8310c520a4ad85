package org.negativeknowledge.validation;

import java.util.Objects;

/**
 * One problem found in a record.
 *
 * @param path where: dotted field path with array indices in brackets, e.g. {@code failure.layer}
 *     or {@code rounds_summary[1].observation}; empty for the record itself
 * @param code what: a stable machine-readable code, one of the constants of {@link IssueCodes}
 * @param message how to fix it, in words
 */
public record ValidationIssue(String path, String code, String message) {
  public ValidationIssue {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** {@code path: message [code]}, the form the command line prints. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "(record)" : path) + ": " + message + " [" + code + "]";
  }
}
