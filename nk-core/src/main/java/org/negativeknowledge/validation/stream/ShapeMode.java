package org.negativeknowledge.validation.stream;

import java.util.Locale;

/** Which rules a source's records are checked against. */
public enum ShapeMode {
  /** Knowledge entries by their look (see {@code RecordShape.detect}), NK records otherwise. */
  AUTO,
  /** Every record as an NK record (depth 1 or depth N). */
  NK,
  /** Every record as a knowledge entry. */
  KNOWLEDGE;

  /** {@code auto}, {@code nk} or {@code knowledge}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
