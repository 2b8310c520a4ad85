package org.negativeknowledge.validation;

import java.util.List;

/**
 * The result of validating one record: its issues, empty when the record is valid. Immutable.
 *
 * @param issues the issues in the order they were found
 */
public record ValidationReport(List<ValidationIssue> issues) {
  private static final ValidationReport VALID = new ValidationReport(List.of());

  public ValidationReport {
    issues = List.copyOf(issues);
  }

  /** A report holding these issues. */
  public static ValidationReport of(List<ValidationIssue> issues) {
    return issues.isEmpty() ? VALID : new ValidationReport(issues);
  }

  /** The report of a valid record (no issues). */
  public static ValidationReport empty() {
    return VALID;
  }

  /** True when there are no issues. */
  public boolean isValid() {
    return issues.isEmpty();
  }

  /** Same as {@link #isValid()}. */
  public boolean valid() {
    return issues.isEmpty();
  }

  /** Whether any issue has this code. */
  public boolean hasCode(String code) {
    return issues.stream().anyMatch(i -> i.code().equals(code));
  }
}
