package org.negativeknowledge.validation.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts over everything a {@link RecordSourceValidator} call checked.
 *
 * @param records records checked (blank JSONL lines are not records)
 * @param valid records without issues
 * @param invalid records with at least one issue
 * @param unreadable one message per file or directory that could not be read (path and reason);
 *     the records of such a file that were read before the failure are counted
 */
public record SourceSummary(long records, long valid, long invalid, List<String> unreadable) {
  public SourceSummary {
    unreadable = List.copyOf(unreadable);
  }

  /** Whether every source was read and every record is valid. */
  public boolean allValid() {
    return invalid == 0 && unreadable.isEmpty();
  }

  /** This summary plus another one (for several paths). */
  public SourceSummary plus(SourceSummary other) {
    List<String> u = new ArrayList<>(unreadable);
    u.addAll(other.unreadable);
    return new SourceSummary(records + other.records, valid + other.valid, invalid + other.invalid, u);
  }

  /** {@code N records, M valid, K invalid}. */
  @Override
  public String toString() {
    return records + " records, " + valid + " valid, " + invalid + " invalid";
  }
}
