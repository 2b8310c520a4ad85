package org.negativeknowledge.validation.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.negativeknowledge.validation.ValidationIssue;

/**
 * One record as a {@link RecordSourceReader} read it, before any validation: the JSON object, or
 * the one issue that says why the text there is not one.
 *
 * @param file the file as it was named ({@code -} for standard input)
 * @param line the 1-based line of a JSONL record; 1 for a {@code .json} file, which is one record
 * @param lineBased true for a record of a JSONL source
 * @param record the object, or null when {@code problem} is set
 * @param problem why there is no object (code {@code malformed_json}, {@code invalid_utf8},
 *     {@code too_long}, {@code too_deep}, {@code duplicate_key}, {@code invalid_unicode} or
 *     {@code wrong_type} for a JSON value that is not an object), or null
 */
public record SourceRecord(
    String file, long line, boolean lineBased, ObjectNode record, ValidationIssue problem) {
  public SourceRecord {
    Objects.requireNonNull(file, "file");
    if ((record == null) == (problem == null)) {
      throw new IllegalArgumentException("a source record has either a record or a problem");
    }
  }

  /** The source as {@code nk validate} names it: {@code file:line} for JSONL, the file for {@code .json}. */
  public String source() {
    return lineBased ? file + ":" + line : file;
  }

  /** Always {@code file:line}, as import reports name records. */
  public String location() {
    return file + ":" + line;
  }
}
