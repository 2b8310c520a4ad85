package org.negativeknowledge.curator.offline.internal;

/** Cuts text to a length bound (in code points, as the validator counts) at a word boundary. */
public final class BoundedText {

  private static final String ELLIPSIS = "…";

  private BoundedText() {}

  /**
   * Returns {@code text} with whitespace collapsed, unchanged when it has at most {@code max} code
   * points, else cut at the last word boundary that leaves room for a trailing ellipsis.
   */
  public static String fit(String text, int max) {
    String s = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    int limit = s.offsetByCodePoints(0, max - 1);
    int cut = limit;
    while (cut > 0 && !Character.isWhitespace(s.charAt(cut))) {
      cut--;
    }
    if (cut < limit / 2) {
      cut = limit;
      if (Character.isLowSurrogate(s.charAt(cut)) && cut > 0) {
        cut--;
      }
    }
    String head = s.substring(0, cut).stripTrailing();
    while (!head.isEmpty() && ",;:-–(".indexOf(head.charAt(head.length() - 1)) >= 0) {
      head = head.substring(0, head.length() - 1).stripTrailing();
    }
    return head + ELLIPSIS;
  }

  /** Cuts {@code text} to at most {@code max} characters (for quoting excerpts inside a sentence). */
  public static String clip(String text, int max) {
    String s = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return s.length() <= max ? s : fit(s, max);
  }
}
