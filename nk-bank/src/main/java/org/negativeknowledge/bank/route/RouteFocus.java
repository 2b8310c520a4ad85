package org.negativeknowledge.bank.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a description that states the change. People follow a change with a comment
 * ({@code "depth 4->6 — too few steps"}), and long descriptions have parts
 * ({@code "Hypothesis: ... Evidence: ... Result: ..."}); only the change is compared.
 *
 * <ol>
 *   <li>notations are rewritten into words ({@link Notation}: JVM options), and a leading
 *       experiment label ({@code "b12"}) is dropped ({@link RowLabels});
 *   <li>text after {@code " — "} or {@code " -- "} is a comment;
 *   <li>when labelled parts exist ({@code "Idea:"}, {@code "**Idea:**"}, {@code "[idea]"}), the parts labelled as the change (hypothesis, idea, change, ...)
 *       are kept; with only result labels (evidence, result, ...), the text before the first one;
 *   <li>of several sentences, those that name a change (a value, an arrow, a setting or technique
 *       of the table, a verb of change) and carry no comment on the result are kept, at most {@value
 *       #MAX_SENTENCES}; when none does, the first sentence.
 * </ol>
 */
final class RouteFocus {
  static final int MAX_SENTENCES = 2;

  private static final Pattern LABEL = Pattern.compile(
      "(?<![\\p{L}\\p{N}_])\\**(\\p{L}+(?: \\p{L}+)?)\\**\\s*:\\**(?=\\s|$)|\\[(\\p{L}+(?: \\p{L}+)?)\\]");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})|\\s+\\|\\s+|\\n+");

  private RouteFocus() {}

  static String of(String text, Vocabulary vocabulary, Set<String> labels) {
    String t = RowLabels.strip(Notation.rewrite(text).strip(), vocabulary, labels);
    for (String sep : new String[] {" \u2014 ", " -- "}) {
      int i = t.indexOf(sep);
      if (i > 0) {
        t = t.substring(0, i);
      }
    }
    t = labelledPart(t, vocabulary);
    List<String> sentences = new ArrayList<>();
    for (String s : SENTENCE_END.split(t)) {
      if (!s.isBlank()) {
        sentences.add(s.strip());
      }
    }
    if (sentences.size() <= 1) {
      return t.strip();
    }
    List<String> kept = new ArrayList<>();
    for (String s : sentences) {
      if (kept.size() < MAX_SENTENCES && namesChange(s, vocabulary)) {
        kept.add(s);
      }
    }
    return kept.isEmpty() ? sentences.get(0) : String.join(" ", kept);
  }

  private static String labelledPart(String t, Vocabulary vocabulary) {
    List<int[]> labels = new ArrayList<>(); // {start, end, 1 change / 0 outcome}
    Matcher m = LABEL.matcher(t);
    while (m.find()) {
      String label = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
      String last = label.substring(label.lastIndexOf(' ') + 1);
      if (vocabulary.isChangeLabel(label) || vocabulary.isChangeLabel(last)) {
        labels.add(new int[] {m.start(), m.end(), 1});
      } else if (vocabulary.isOutcomeLabel(label) || vocabulary.isOutcomeLabel(last)) {
        labels.add(new int[] {m.start(), m.end(), 0});
      }
    }
    if (labels.isEmpty()) {
      return t;
    }
    StringBuilder change = new StringBuilder();
    for (int i = 0; i < labels.size(); i++) {
      int[] l = labels.get(i);
      if (l[2] == 1) {
        int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : t.length();
        change.append(change.length() > 0 ? " " : "").append(t, l[1], end);
      }
    }
    if (change.length() > 0) {
      return change.toString().strip();
    }
    String lead = t.substring(0, labels.get(0)[0]).strip();
    return lead.isEmpty() ? t : lead;
  }

  private static boolean namesChange(String sentence, Vocabulary vocabulary) {
    boolean change = false;
    for (Token k : vocabulary.tokens(sentence)) {
      if (k.is(WordKind.OUTCOME)) {
        return false;
      }
      change |= k.type() == Token.Type.ARROW || k.type() == Token.Type.EQUALS
          || (k.isWord() && switch (k.kind()) {
            case PARAM, TERM, ADD, REMOVE, REPLACE, UP, DOWN -> true;
            default -> false;
          });
    }
    return change;
  }
}
