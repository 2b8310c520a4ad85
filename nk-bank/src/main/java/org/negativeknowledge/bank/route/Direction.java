package org.negativeknowledge.bank.route;

/** Which way a change moves a setting. */
public enum Direction {
  /** Raised ({@code 12->14}, {@code "larger"}, {@code "increase"}). */
  UP,
  /** Lowered. */
  DOWN,
  /** Not said, or not a number. */
  NONE;

  /** The direction from {@code from} to {@code to}: {@link #NONE} when equal. */
  public static Direction between(double from, double to) {
    return to > from ? UP : to < from ? DOWN : NONE;
  }

  /** {@code raised}, {@code lowered} or {@code set}. */
  public String verb() {
    return switch (this) {
      case UP -> "raised";
      case DOWN -> "lowered";
      case NONE -> "set";
    };
  }
}
