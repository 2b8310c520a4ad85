package org.negativeknowledge.bank.route;

import java.util.Locale;

/** What a word (or a phrase read as one word) does in a route description; see the vocabulary table. */
public enum WordKind {
  /** A tunable setting ({@code learning_rate}, {@code depth}). */
  PARAM,
  /** A named technique or component ({@code ema}, {@code swiglu}). */
  TERM,
  /** A generic head word ({@code loss}, {@code weight}). */
  ROLE,
  /** A word the vocabulary does not know: part of what the route names. */
  CONTENT,
  /** A filler without content. */
  STOP,
  /** A comment on the result. */
  OUTCOME,
  /** A preposition that starts a qualifier. */
  PREP,
  /** A word that adds context ({@code with}). */
  WITH,
  /** A word that joins two changes ({@code plus}). */
  SPLIT,
  /** A verb that adds a component. */
  ADD,
  /** A verb or particle that removes one. */
  REMOVE,
  /** A verb that replaces one. */
  REPLACE,
  /** A word that moves a setting up. */
  UP,
  /** A word that moves a setting down. */
  DOWN,
  /** A word after which the clause justifies rather than states the change. */
  CUT;

  /** Whether the word names something (a setting, a technique, a head or an unknown word). */
  public boolean names() {
    return this == PARAM || this == TERM || this == ROLE || this == CONTENT;
  }

  /** Whether the word names something specific (not a generic head). */
  public boolean specific() {
    return this == PARAM || this == TERM || this == CONTENT;
  }

  /** The kind of a table line's first column, or null when the column names a label set. */
  static WordKind ofTableKind(String kind) {
    return switch (kind) {
      case "param", "term", "role", "stop", "outcome", "prep", "with", "split", "add", "remove", "replace", "up",
          "down", "cut" -> valueOf(kind.toUpperCase(Locale.ROOT));
      default -> null;
    };
  }
}
