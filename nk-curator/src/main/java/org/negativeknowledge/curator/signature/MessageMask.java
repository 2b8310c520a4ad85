package org.negativeknowledge.curator.signature;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the parts of an error message that change from run to run (numbers, paths, memory
 * addresses) so that two occurrences of the same failure yield the same text. Quoted names (a
 * module, a column, a keyword) are kept: they are what tells one failure from another.
 */
public final class MessageMask {

  /** Longest masked message kept, in characters. */
  public static final int MAX_LENGTH = 200;

  private static final Pattern HEX = Pattern.compile("\\b0x[0-9a-fA-F]+\\b");
  private static final Pattern PATH =
      Pattern.compile(
          "(?<![\\w<])(?:[A-Za-z]:)?(?:~|\\.{1,2})?[/\\\\]?(?:[\\w.\\-]+[/\\\\])+[\\w.\\-]*");
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\w<.])[-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?(?![\\w>])");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private MessageMask() {}

  /** A leading separator, two separators or a file extension: not "N/A" or "km/s". */
  private static boolean looksLikePath(String candidate) {
    String c = candidate.replace('\\', '/');
    if (c.startsWith("/") || c.startsWith("~/") || c.startsWith("./") || c.startsWith("../")
        || c.matches("[A-Za-z]:/.*")) {
      return true;
    }
    long separators = c.chars().filter(ch -> ch == '/').count();
    String last = c.substring(c.lastIndexOf('/') + 1);
    return separators >= 2 || last.matches(".+\\.[A-Za-z0-9]{1,5}");
  }

  /**
   * Returns {@code message} with hexadecimal addresses replaced by {@code <hex>}, paths (anything
   * with a directory separator) by {@code <path>} and free-standing numbers by {@code <n>},
   * whitespace collapsed, cut to {@link #MAX_LENGTH} characters. Null yields "".
   */
  public static String mask(String message) {
    if (message == null) {
      return "";
    }
    String s = message.length() > 4 * MAX_LENGTH ? message.substring(0, 4 * MAX_LENGTH) : message;
    s = HEX.matcher(s).replaceAll("<hex>");
    s = PATH.matcher(s).replaceAll(m -> looksLikePath(m.group()) ? "<path>" : Matcher.quoteReplacement(m.group()));
    s = NUMBER.matcher(s).replaceAll("<n>");
    s = SPACE.matcher(s).replaceAll(" ").trim();
    return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s;
  }
}
