package org.negativeknowledge.validation.stream;

import java.util.Objects;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.validation.ValidationReport;

/**
 * The validation result of one record of a source.
 *
 * @param source where the record is: the file path for a {@code .json} file, {@code path:line}
 *     (1-based) for a JSONL line, {@code -:line} for standard input
 * @param shape the shape it was checked as; a record that could not be parsed reports the shape
 *     the mode implies ({@code depth1} under auto)
 * @param depth the depth an NK record was checked at (1 for depth-1 rules); for a knowledge entry
 *     the depth a bank stores for it: 1, unless it carries an integer {@code depth} of 2 or more
 * @param report the issues; empty when valid
 */
public record RecordResult(String source, RecordShape shape, int depth, ValidationReport report) {
  public RecordResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(report, "report");
  }

  /** Whether the record has no issues. */
  public boolean valid() {
    return report.valid();
  }
}
