package org.negativeknowledge.validation;

/** The stable issue codes a validator reports. New codes may be added; none is ever renamed. */
public final class IssueCodes {
  /** A required field is absent. */
  public static final String MISSING_FIELD = "missing_field";
  /** A facet value is not in the profile's vocabulary. */
  public static final String NOT_IN_VOCABULARY = "not_in_vocabulary";
  /** A field has the wrong JSON type. */
  public static final String WRONG_TYPE = "wrong_type";
  /** A text field is longer than its bound. */
  public static final String TOO_LONG = "too_long";
  /** A text field is empty or blank. */
  public static final String EMPTY_FIELD = "empty_field";
  /** {@code depth} differs from the expected depth. */
  public static final String DEPTH_MISMATCH = "depth_mismatch";
  /** An array has the wrong number of elements. */
  public static final String WRONG_COUNT = "wrong_count";
  /** Round numbers are not 1..N in order. */
  public static final String ROUND_NUMBERING = "round_numbering";
  /** The recommended alternative repeats a ruled-out route. */
  public static final String REPEATS_RULED_OUT = "repeats_ruled_out";
  /** A number is outside its allowed range. */
  public static final String OUT_OF_RANGE = "out_of_range";
  /** A field appears where it is not allowed. */
  public static final String UNEXPECTED_FIELD = "unexpected_field";
  /** The input is not well-formed JSON (a JSON value that is not an object is {@link #WRONG_TYPE}). */
  public static final String MALFORMED_JSON = "malformed_json";
  /** Bytes that are not valid UTF-8; the message gives the byte offset. */
  public static final String INVALID_UTF8 = "invalid_utf8";
  /** Arrays and objects nested deeper than the reader's limit. */
  public static final String TOO_DEEP = "too_deep";
  /** The same key twice in one object (which value was meant cannot be known). */
  public static final String DUPLICATE_KEY = "duplicate_key";
  /** A string holding a lone UTF-16 surrogate ({@code \\uD800}), which is not a Unicode character. */
  public static final String INVALID_UNICODE = "invalid_unicode";
  /**
   * A key field ({@code id}, {@code task_id}, {@code domain}, a facet value) longer than {@link
   * FieldLimits#MAX_KEY_CHARS}; reported at both levels.
   */
  public static final String KEY_TOO_LONG = "key_too_long";
  /**
   * A key field holding a control character (U+0000..U+001F or U+007F): no key needs one, and
   * PostgreSQL cannot store U+0000 in text; reported at both levels.
   */
  public static final String CONTROL_CHARACTER = "control_character";

  private IssueCodes() {}
}
