package org.negativeknowledge.validation.stream;

/**
 * Issue codes only a source can produce, in addition to {@link
 * org.negativeknowledge.validation.IssueCodes} (which also supplies {@code malformed_json} and
 * {@code too_long}, used for lines, files and strings beyond the {@link SourceLimits}). Stable:
 * never renamed.
 */
public final class SourceIssueCodes {
  /** Bytes that are not valid UTF-8; the message gives the byte offset. */
  public static final String INVALID_UTF8 = "invalid_utf8";
  /** Arrays and objects nested deeper than the limit. */
  public static final String TOO_DEEP = "too_deep";

  private SourceIssueCodes() {}
}
