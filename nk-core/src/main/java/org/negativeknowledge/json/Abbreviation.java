package org.negativeknowledge.json;

/** Keeps messages short when they quote input, which may be megabytes long. */
public final class Abbreviation {
  /** Characters of a quoted value kept in a message. */
  public static final int KEPT = 60;

  private Abbreviation() {}

  /** {@code text} itself when short, else its first {@link #KEPT} characters, "..." and the full length. */
  public static String of(String text) {
    if (text.length() <= KEPT) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(KEPT - 1)) ? KEPT - 1 : KEPT;
    return text.substring(0, end) + "... (" + text.codePointCount(0, text.length()) + " characters)";
  }
}
