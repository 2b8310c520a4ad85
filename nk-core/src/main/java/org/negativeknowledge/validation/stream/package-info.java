/**
 * Validation of record sources: {@code .json} files, {@code .jsonl} files, directories of both
 * and JSONL streams, one {@link org.negativeknowledge.validation.stream.RecordResult} per record,
 * in constant memory. Bad input of any kind (malformed JSON, invalid UTF-8, huge strings or
 * lines, deep nesting) becomes an issue on the record it is in, never an exception. Entry point:
 * {@link org.negativeknowledge.validation.stream.RecordSourceValidator}.
 */
package org.negativeknowledge.validation.stream;
