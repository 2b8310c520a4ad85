package org.negativeknowledge.bank.consult;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike two route descriptions are: the Dice coefficient of their word sets, in [0, 1].
 *
 * <p>A word is a run of letters, digits and the characters {@code _ . = ^ > -}, so that {@code
 * max_depth=8} and {@code max_depth=9}, or {@code 64->96} and {@code 64->80}, are different words:
 * a route that changes a setting to another value is another route. Words are lower-cased,
 * trailing punctuation is dropped, and common English words ({@code the}, {@code with}, ...) and
 * single letters are ignored.
 *
 * <p>This word-overlap measure was the dead-end check until the change-reading {@link
 * org.negativeknowledge.bank.route.RouteMatcher} replaced it (on judged logs it flagged rows that
 * share generic words and missed the same change in other words); it stays as the baseline that
 * {@code bench/dead-ends.sh} measures the matcher against. Its threshold, {@value
 * #DEFAULT_THRESHOLD}, asks that well over half of the two routes' words be shared.
 */
public final class RouteSimilarity {

  /** The least Dice score the word-overlap baseline counts as a match. */
  public static final double DEFAULT_THRESHOLD = 0.6;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_.=^>\\-]+");
  private static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "and", "or", "with", "without", "of", "to", "for", "in", "on", "at", "by",
          "from", "as", "is", "are", "be", "it", "its", "this", "that", "into", "via", "then", "than",
          "-", "->", "=", ".");

  private RouteSimilarity() {}

  /** The Dice coefficient of the two routes' word sets; 0 when either has no words. */
  public static double score(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : x) {
      if (y.contains(w)) {
        shared++;
      }
    }
    return 2.0 * shared / (x.size() + y.size());
  }

  /** The words of {@code text} as compared by {@link #score}, in order of first appearance. */
  public static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = trim(m.group());
      if (w.isEmpty() || STOP.contains(w) || (w.length() == 1 && Character.isLetter(w.charAt(0)))) {
        continue;
      }
      out.add(w);
    }
    return out;
  }

  private static String trim(String w) {
    int end = w.length();
    while (end > 0 && ".-=>^".indexOf(w.charAt(end - 1)) >= 0) {
      end--;
    }
    int start = 0;
    while (start < end && "-.=^>".indexOf(w.charAt(start)) >= 0) {
      char c = w.charAt(start);
      boolean signOrDecimalPoint =
          (c == '-' || c == '.') && start + 1 < end && Character.isDigit(w.charAt(start + 1));
      if (signOrDecimalPoint) {
        break;
      }
      start++;
    }
    return w.substring(start, end);
  }
}
