package org.negativeknowledge.record;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.negativeknowledge.validation.ValidationReport;
import org.negativeknowledge.validation.Validator;

/**
 * Writes records strictly: a record that does not pass the writer's validator is refused with
 * its issues, so the project never writes an invalid record by accident. Thread-safe.
 */
public final class RecordWriter {
  private final Validator validator;

  private RecordWriter(Validator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /** A writer that refuses records with any issue from {@code validator}. */
  public static RecordWriter strict(Validator validator) {
    return new RecordWriter(validator);
  }

  /** The record as indented JSON; throws {@link InvalidRecordException} when it has issues. */
  public String toPrettyJson(NkRecord record) {
    check(record);
    return NkJson.pretty(record.json());
  }

  /** The record as one JSONL line (without the newline); throws when it has issues. */
  public String toJsonLine(NkRecord record) {
    check(record);
    return NkJson.compact(record.json());
  }

  /** Appends the record as one JSONL line, newline included; throws when it has issues. */
  public void appendJsonLine(NkRecord record, Writer out) throws IOException {
    out.write(toJsonLine(record));
    out.write('\n');
  }

  private void check(NkRecord record) {
    ValidationReport report =
        validator.validate(record.json(), record.shape(), RecordShape.inferDepth(record.json()));
    if (!report.isValid()) {
      throw new InvalidRecordException(report);
    }
  }
}
