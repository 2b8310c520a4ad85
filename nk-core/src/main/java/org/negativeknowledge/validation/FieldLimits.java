package org.negativeknowledge.validation;

/**
 * Bounds on the fields a bank and its search index use as keys, whatever the validation level:
 * {@code id}, {@code task_id}, {@code domain} and the five facet values. A longer value could never
 * be a useful key, and an index term has a hard size limit (Lucene: 32,766 bytes), so such a value
 * is an issue at both levels and a bank refuses to store it.
 */
public final class FieldLimits {
  /** The most characters a key field ({@code id}, {@code task_id}, {@code domain}, a facet value) may have. */
  public static final int MAX_KEY_CHARS = 256;

  private FieldLimits() {}
}
