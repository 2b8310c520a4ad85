package org.negativeknowledge.bank.route;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Experiment labels that lead route descriptions ({@code "b12 EMA warmup 10%"}, {@code "exp5
 * residual skip"}, {@code "#3 ..."}): they number or group attempts and say nothing about the
 * change, so they are not read as names. A leading word is a label when it is a short code with
 * digits that the vocabulary does not know ({@code b12}, {@code pq4}, {@code exp5}, {@code v2}), or
 * when a log uses it as one: a short unknown word ({@value #MAX_LEARNT_LENGTH} characters at most)
 * that leads at least {@value #MIN_ROWS} rows followed by at least {@value #MIN_ROWS} different words.
 */
public final class RowLabels {
  static final int MIN_ROWS = 3;
  static final int MAX_LEARNT_LENGTH = 4;

  private static final Pattern LEADING = Pattern.compile("^\\s*(\\S+?)[:.)\\]]?\\s+(\\S+)");
  private static final Pattern CODE = Pattern.compile("(?:[a-z]{1,4}\\d{1,3}[a-z]?|#?\\d{1,4}|\\[[^\\]]{1,12}\\])");

  private RowLabels() {}

  /** {@code text} without its leading label, if it has one. */
  static String strip(String text, Vocabulary vocabulary, Set<String> learnt) {
    Matcher m = LEADING.matcher(text);
    if (!m.find()) {
      return text;
    }
    String first = m.group(1).toLowerCase(Locale.ROOT);
    boolean label = learnt.contains(first) || (CODE.matcher(first).matches() && unknown(first, vocabulary));
    return label ? text.substring(m.start(2)) : text;
  }

  /** The labels a log's descriptions use, by the rule of this class. */
  public static Set<String> learn(List<String> descriptions, Vocabulary vocabulary) {
    Map<String, Set<String>> followers = new HashMap<>();
    Map<String, Integer> rows = new HashMap<>();
    for (String d : descriptions) {
      Matcher m = LEADING.matcher(d);
      if (!m.find()) {
        continue;
      }
      String first = m.group(1).toLowerCase(Locale.ROOT);
      if (first.length() > MAX_LEARNT_LENGTH || !first.chars().allMatch(Character::isLetterOrDigit)
          || !unknown(first, vocabulary)) {
        continue;
      }
      List<Token> next = vocabulary.tokens(m.group(2));
      if (next.isEmpty() || !next.get(0).isWord()) {
        continue;
      }
      rows.merge(first, 1, Integer::sum);
      followers.computeIfAbsent(first, k -> new HashSet<>()).add(next.get(0).norm());
    }
    Set<String> out = new HashSet<>();
    rows.forEach((w, n) -> {
      if (n >= MIN_ROWS && followers.get(w).size() >= MIN_ROWS) {
        out.add(w);
      }
    });
    return Set.copyOf(out);
  }

  private static boolean unknown(String word, Vocabulary vocabulary) {
    List<Token> t = vocabulary.tokens(word);
    return t.stream().allMatch(x -> !x.isWord() || x.kind() == WordKind.CONTENT || x.kind() == WordKind.STOP);
  }
}
