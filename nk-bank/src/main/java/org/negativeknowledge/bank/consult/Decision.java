package org.negativeknowledge.bank.consult;

import java.util.Locale;

/** What an agent decided about one surfaced entry. */
public enum Decision {
  /** The entry applies: the experiment follows it and cites it. */
  ADOPT,
  /** The entry does not apply here: the experiment lists it with the reason. */
  REJECT;

  /** {@code adopt} or {@code reject}, as stored and shown. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code adopt} / {@code reject} (any case). */
  public static Decision fromWireName(String name) {
    for (Decision d : values()) {
      if (d.wireName().equalsIgnoreCase(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown decision '" + name + "': use adopt or reject");
  }
}
