package org.negativeknowledge.bank.entry;

import java.util.Locale;

/** Lifecycle state of one stored revision of a bank entry. */
public enum EntryStatus {
  /** The current revision; searched and exported by default. */
  ACTIVE,
  /** Replaced by a newer revision of the same entry; kept in the history. */
  SUPERSEDED,
  /** Withdrawn on purpose (with a reason); kept in the history, hidden from search. */
  RETRACTED;

  /** The lower-case name used in JSON, SQL and on the command line ("active", ...). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a wire name, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code name} is unknown
   */
  public static EntryStatus fromWireName(String name) {
    for (EntryStatus s : values()) {
      if (s.wireName().equalsIgnoreCase(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown entry status '" + name + "' (use active, superseded or retracted)");
  }
}
