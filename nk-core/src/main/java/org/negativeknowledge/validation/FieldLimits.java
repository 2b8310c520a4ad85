package org.negativeknowledge.validation;

/**
 * Bounds on the fields a bank and its search index use as keys, whatever the validation level:
 * {@code id}, {@code task_id}, {@code domain} and the five facet values. A longer value could never
 * be a useful key, and an index term has a hard size limit (Lucene: 32,766 bytes), so such a value
 * is an issue at both levels and a bank refuses to store it. The same holds for a key holding a
 * control character.
 */
public final class FieldLimits {
  /** The most characters a key field ({@code id}, {@code task_id}, {@code domain}, a facet value) may have. */
  public static final int MAX_KEY_CHARS = 256;

  private FieldLimits() {}

  /**
   * Index of the first control character (U+0000..U+001F, U+007F) in a key value, or -1. Keys
   * never need one, and PostgreSQL cannot store U+0000 in a text column.
   */
  public static int controlCharacterAt(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        return i;
      }
    }
    return -1;
  }
}
