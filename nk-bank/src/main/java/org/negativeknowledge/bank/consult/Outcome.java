package org.negativeknowledge.bank.consult;

import java.util.Locale;

/** How an experiment turned out. */
public enum Outcome {
  SUCCESS("positive"),
  PARTIAL("partial"),
  FAILURE("negative");

  private final String findingKind;

  Outcome(String findingKind) {
    this.findingKind = findingKind;
  }

  /** {@code success}, {@code partial} or {@code failure}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The paper's Finding {@code kind}: positive, partial or negative. */
  public String findingKind() {
    return findingKind;
  }

  /** Parses a wire name (any case). */
  public static Outcome fromWireName(String name) {
    for (Outcome o : values()) {
      if (o.wireName().equalsIgnoreCase(name)) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown outcome '" + name + "': use success, partial or failure");
  }
}
