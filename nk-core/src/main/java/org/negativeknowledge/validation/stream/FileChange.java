package org.negativeknowledge.validation.stream;

import java.util.Objects;
import org.negativeknowledge.taxonomy.NormalizationChange;

/**
 * One alias replaced in a record of a file.
 *
 * @param source the record: the file path, or {@code path:line} for a JSONL line
 * @param change the field and the values before and after
 */
public record FileChange(String source, NormalizationChange change) {
  public FileChange {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(change, "change");
  }

  /** {@code task_x.json: failure.scope: regime_bound -> regime_bound_failure}. */
  @Override
  public String toString() {
    return source + ": " + change;
  }
}
