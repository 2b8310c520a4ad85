package org.negativeknowledge.record;

import java.util.Locale;

/** Whether an entry says what works (positive) or what fails (negative). */
public enum Polarity {
  POSITIVE,
  NEGATIVE;

  /** {@code positive} or {@code negative}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code positive} / {@code negative} (any case); else {@link IllegalArgumentException}. */
  public static Polarity fromWireName(String name) {
    for (Polarity p : values()) {
      if (p.wireName().equalsIgnoreCase(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown polarity '" + name + "': use positive or negative");
  }
}
