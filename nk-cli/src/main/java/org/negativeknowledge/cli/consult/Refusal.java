package org.negativeknowledge.cli.consult;

/** The exit status of a step the consultation protocol refused (undecided entries, a dead end). */
final class Refusal {
  /** Exit status 3: refused by the consultation protocol. */
  static final int EXIT = 3;

  private Refusal() {}
}
