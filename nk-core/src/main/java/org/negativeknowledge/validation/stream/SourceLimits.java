package org.negativeknowledge.validation.stream;

/**
 * Bounds that keep hostile or broken input from exhausting memory or the stack. Anything beyond
 * them is an issue on the record, not a failure of the run.
 *
 * @param maxRecordBytes longest JSONL line or {@code .json} file, in bytes
 * @param maxStringLength longest JSON string (value or field name), in chars
 * @param maxNestingDepth deepest nesting of arrays and objects
 */
public record SourceLimits(int maxRecordBytes, int maxStringLength, int maxNestingDepth) {
  /** 16 MiB per record, 10,000,000 chars per string, nesting 500. */
  public static final SourceLimits DEFAULT = new SourceLimits(16 << 20, 10_000_000, 500);

  public SourceLimits {
    if (maxRecordBytes < 1 || maxStringLength < 1 || maxNestingDepth < 1) {
      throw new IllegalArgumentException("limits must be positive: " + maxRecordBytes + ", "
          + maxStringLength + ", " + maxNestingDepth);
    }
  }
}
