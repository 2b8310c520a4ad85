package org.negativeknowledge.curator.offline.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts text to a length bound (in code points, as the validator counts) at a word boundary. */
public final class BoundedText {

  private static final String ELLIPSIS = "…";
  /** An absolute path: from the root, a drive or the home folder, two or more segments. */
  private static final Pattern ABSOLUTE_PATH =
      Pattern.compile("(?<![\\w.~])(?:[A-Za-z]:[\\\\/]|~/|/)(?:[^\\s/\\\\'\"`,;()]+[\\\\/])+[^\\s/\\\\'\"`,;()]*");

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

  /**
   * Quotes a log excerpt: absolute paths (which name another machine's folders and crowd out the
   * evidence) are shortened to their last folder and file name, then the text is clipped to {@code
   * max} characters.
   */
  public static String quote(String text, int max) {
    String s = text == null ? "" : text;
    Matcher m = ABSOLUTE_PATH.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String[] parts = m.group().split("[\\\\/]+");
      String tail = parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : parts[parts.length - 1];
      m.appendReplacement(b, Matcher.quoteReplacement(tail));
    }
    m.appendTail(b);
    return clip(b.toString(), max);
  }

  /** Cuts {@code text} to at most {@code max} characters (for quoting excerpts inside a sentence). */
  public static String clip(String text, int max) {
    String s = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return s.length() <= max ? s : fit(s, max);
  }
}
