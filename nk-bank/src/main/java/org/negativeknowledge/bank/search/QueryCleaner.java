package org.negativeknowledge.bank.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a consultation's context the words that say little about which entries are
 * relevant and much about which are long: numbers ({@code 256}, {@code 2e-4}, {@code 2/3}), the
 * values of {@code key=value} settings (the key stays when it is a word of three letters or more:
 * {@code dealias=2/3-rule} keeps {@code dealias}, {@code Nx=256} keeps nothing). One-letter symbols
 * are dropped later, at the term level ({@link QueryTerms#informative}).
 */
public final class QueryCleaner {

  private static final Pattern SETTING = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*[=:]=?\\s*([^\\s,;()\\[\\]{}]+)");
  private static final Pattern NUMBER =
      Pattern.compile("(?<![A-Za-z0-9_])[-+]?\\d+(?:[.,/]\\d+)*(?:[eE][-+]?\\d+)?(?![A-Za-z])");

  private QueryCleaner() {}

  /** {@code text} without numbers and setting values. */
  public static String clean(String text) {
    Matcher m = SETTING.matcher(text);
    StringBuilder sb = new StringBuilder(text.length());
    while (m.find()) {
      String key = m.group(1);
      String value = m.group(2);
      String kept = (isWord(key) ? key : "") + (isWord(value) ? " " + value : "");
      m.appendReplacement(sb, Matcher.quoteReplacement(" " + kept + " "));
    }
    m.appendTail(sb);
    return NUMBER.matcher(sb).replaceAll(" ");
  }

  private static boolean isWord(String s) {
    return s.length() >= 3 && s.chars().allMatch(c -> Character.isLetter(c) || c == '_' || c == '-');
  }
}
