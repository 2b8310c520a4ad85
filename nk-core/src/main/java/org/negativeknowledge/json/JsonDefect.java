package org.negativeknowledge.json;

/** Why a text could not be read as a record (see {@link MalformedJsonException#defect()}). */
public enum JsonDefect {
  /** Not JSON at all, or not an object where one is required. */
  SYNTAX,
  /** The same key twice in one object: which value was meant cannot be known. */
  DUPLICATE_KEY,
  /**
   * A string holding half of a UTF-16 surrogate pair (written as a {@code \\uD800} escape): it
   * is not a Unicode character, and every store would turn it into {@code ?}.
   */
  INVALID_UNICODE
}
