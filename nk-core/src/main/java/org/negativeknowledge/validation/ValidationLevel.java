package org.negativeknowledge.validation;

import java.util.Locale;

/** How much a validator checks (spec section 4). */
public enum ValidationLevel {
  /** Exactly what the paper's validator checks: presence, depth shape, facet vocabulary. */
  REFERENCE,
  /** Reference plus length bounds, non-empty strings, round numbering and the other promises. */
  STRICT;

  /** {@code reference} or {@code strict}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
