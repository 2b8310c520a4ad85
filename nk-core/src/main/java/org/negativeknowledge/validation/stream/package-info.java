/**
 * Reading and validating record sources: {@code .json} files, {@code .jsonl} files, directories
 * of both and JSONL streams, one record at a time, in constant memory. {@link
 * org.negativeknowledge.validation.stream.RecordSourceReader} is the one reader of record files
 * (validation and a bank's import both use it); {@link
 * org.negativeknowledge.validation.stream.RecordSourceValidator} validates what it reads, one
 * {@link org.negativeknowledge.validation.stream.RecordResult} per record. Bad input of any kind
 * (malformed JSON, invalid UTF-8, duplicate keys, lone surrogates, huge strings or lines, deep
 * nesting) becomes an issue on the record it is in, never an exception.
 */
package org.negativeknowledge.validation.stream;
