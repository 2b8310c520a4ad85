package org.negativeknowledge.bank.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One value read from an input file: either a JSON object or the reason it is not one.
 *
 * @param file the file as named by the caller
 * @param line 1-based line where the value starts
 * @param record the object, or null when {@code problem} is set
 * @param problem why the value cannot be a record (malformed JSON with column, not an object), or
 *     null
 */
public record SourcedRecord(String file, long line, ObjectNode record, String problem) {

  /** {@code file:line}, as shown in import reports. */
  public String source() {
    return file + ":" + line;
  }
}
