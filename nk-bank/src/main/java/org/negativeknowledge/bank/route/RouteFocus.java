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
 * ({@code "Hypothesis: ... Evidence: ... Result: ..."}) and reasons around the change ({@code "the
 * model is undertrained, so a higher LR (0.04 -> 0.06) should converge faster"}); only the change is
 * compared.
 *
 * <ol>
 *   <li>notations are rewritten into words ({@link Notation}: JVM options), and a leading
 *       experiment label ({@code "b12"}) is dropped ({@link RowLabels});
 *   <li>text after {@code " — "} or {@code " -- "} is a comment;
 *   <li>when labelled parts exist ({@code "Idea:"}, {@code "**Idea:**"}, {@code "[idea]"}, {@code
 *       "H:"}), the parts labelled as the change (hypothesis, idea, change, ...) are kept, or the
 *       title before the first label when it is short ({@value #TITLE_WORDS} words at most) and names
 *       something; with only result labels (evidence, result, ...), the text before the first one;
 *   <li>a text of several sentences, or a long one, is cut into clauses (at sentence ends, {@code ;}
 *       and the words that join a reason to a statement: {@code so}, {@code because}, {@code while},
 *       ...), and the clauses that state a change most plainly are kept, at most {@value
 *       #MAX_SENTENCES} ({@link #strength}); when none states one, the first clause.
 * </ol>
 */
final class RouteFocus {
  static final int MAX_SENTENCES = 2;
  /** Words up to which the text before the first label is a title. */
  static final int TITLE_WORDS = 8;

  private static final Pattern LABEL = Pattern.compile(
      "(?<![\\p{L}\\p{N}_])\\**(\\p{L}+(?: \\p{L}+)?)\\**\\s*:\\**(?=\\s|$)|\\[(\\p{L}+(?: \\p{L}+)?)\\]");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})|\\s+\\|\\s+|\\n+");
  /** Words that join a reason or a context to the statement of a change, and start a clause. */
  private static final Pattern CLAUSE = Pattern.compile(
      ",?\\s+(?=(?:so|because|since|while|whereas|given|hence|thus|therefore|but)\\s)|,\\s+(?=(?:which|so that)\\s)",
      Pattern.CASE_INSENSITIVE);

  /** Words after which a word of direction describes a state ({@code "is too large"}), not a change. */
  private static final Set<String> PRONOUNS = Set.of("it", "them", "this", "that");
  private static final Set<String> COPULA = Set.of("is", "are", "was", "were", "be", "been", "too", "seem", "seems", "remain");

  private RouteFocus() {}

  static String of(String text, Vocabulary vocabulary, Set<String> labels) {
    String t = RowLabels.strip(Notation.rewrite(text).strip(), vocabulary, labels);
    for (String sep : new String[] {" \u2014 ", " -- "}) {
      int i = t.indexOf(sep);
      if (i > 0) {
        t = t.substring(0, i);
      }
    }
    List<String> parts = labelledParts(t, vocabulary);
    String title = parts.size() > 1 && t.startsWith(parts.get(0)) ? parts.get(0) : null;
    if (title != null && title.split("\\s+").length <= TITLE_WORDS
        && vocabulary.tokens(title).stream().anyMatch(x -> x.isWord() && x.kind().names())
        && vocabulary.tokens(title).stream().noneMatch(x -> x.is(WordKind.OUTCOME))) {
      parts = List.of(title); // "Deeper model: 14 layers. Hypothesis: depth beats width": the title states the change
    }
    List<String> sentences = new ArrayList<>();
    for (String part : parts) {
      for (String s : SENTENCE_END.split(part)) {
        if (!s.isBlank()) {
          sentences.add(s.strip());
        }
      }
    }
    if (sentences.isEmpty()) {
      return t.strip();
    }
    boolean longText = sentences.get(0).split("\\s+").length > ChangeExtractor.PROSE_WORDS;
    if (sentences.size() == 1 && !longText) {
      return sentences.get(0);
    }
    List<String> clauses = new ArrayList<>();
    for (String s : sentences) {
      for (String part : s.split(";\\s+")) {
        for (String c : CLAUSE.split(part)) {
          String clause = c.strip().replaceAll("[.!?]+$", "");
          if (!clause.isBlank()) {
            clauses.add(clause);
          }
        }
      }
    }
    for (int i = 1; i < clauses.size(); i++) {
      clauses.set(i, withSubject(clauses.get(i), clauses.get(i - 1), vocabulary));
    }
    int best = 0;
    int[] strength = new int[clauses.size()];
    for (int i = 0; i < clauses.size(); i++) {
      strength[i] = strength(vocabulary.tokens(clauses.get(i)));
      best = Math.max(best, strength[i]);
    }
    if (best == 0) {
      return clauses.isEmpty() ? sentences.get(0) : clauses.get(0);
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < clauses.size() && kept.size() < MAX_SENTENCES; i++) {
      if (strength[i] == best) {
        kept.add(clauses.get(i));
      }
    }
    return String.join("; ", kept);
  }

  /**
   * How plainly a clause states a change, leaving out what follows a word that starts a justification
   * or a context ({@code because}, {@code keeping}) up to the next {@code ,}: 4 for
   * a value moved ({@code "lr 0.04 -> 0.06"}, not a metric's move), 3 for a replacement or a verb of
   * change beside a name ({@code "raise the LR"}, {@code "removing the value embeddings"}; not after
   * {@code is} or {@code too}: {@code "the batch is too large"} describes), 2 for a
   * setting of the table with a value, 1 for a setting or technique of the table; 0 when the clause
   * comments on a result without stating a change.
   */
  static int strength(List<Token> tokens) {
    tokens = stated(tokens);
    int s = 0;
    boolean outcome = false;
    boolean named = tokens.stream().anyMatch(t -> t.isWord() && t.kind().names());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is(WordKind.OUTCOME)) {
        outcome = true;
      } else if (t.type() == Token.Type.ARROW && i > 0) {
        s = Math.max(s, metricBefore(tokens, i) ? 0 : 4);
      } else if (t.is(WordKind.REPLACE) || t.isWord("instead")) {
        s = Math.max(s, named ? 3 : 0);
      } else if ((t.is(WordKind.ADD) || t.is(WordKind.REMOVE) || t.is(WordKind.UP) || t.is(WordKind.DOWN)) && named
          && !(i > 0 && COPULA.contains(tokens.get(i - 1).norm()))) {
        s = Math.max(s, 3);
      } else if (t.is(WordKind.PARAM) || t.is(WordKind.TERM)) {
        boolean valued = (i + 1 < tokens.size() && tokens.get(i + 1).type() != Token.Type.WORD
            && tokens.stream().skip(i + 1).limit(3).anyMatch(x -> x.type() == Token.Type.NUMBER))
            || (i > 0 && tokens.get(i - 1).type() == Token.Type.NUMBER);
        s = Math.max(s, t.is(WordKind.PARAM) && valued ? 2 : 1);
      }
    }
    return outcome && s < 3 ? 0 : s;
  }

  /** The tokens that state: without what follows a word of justification, up to the next {@code ,}. */
  private static List<Token> stated(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    boolean skipping = false;
    for (Token t : tokens) {
      skipping = (skipping || t.is(WordKind.CUT)) && t.type() != Token.Type.SPLIT;
      if (!skipping) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * {@code clause} with a pronoun after its verb of change ({@code "halving it to 2^18"}) replaced by
   * the subject that {@code previous} starts with ({@code "batch size 2^19 is too large"}), when the
   * clause names nothing itself.
   */
  private static String withSubject(String clause, String previous, Vocabulary vocabulary) {
    List<Token> tokens = stated(vocabulary.tokens(clause));
    if (tokens.stream().anyMatch(t -> t.isWord() && t.kind().names())) {
      return clause;
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token verb = tokens.get(i);
      Token pronoun = tokens.get(i + 1);
      boolean changes = verb.is(WordKind.ADD) || verb.is(WordKind.REMOVE) || verb.is(WordKind.UP) || verb.is(WordKind.DOWN)
          || verb.is(WordKind.REPLACE);
      if (changes && PRONOUNS.contains(pronoun.norm())) {
        String subject = subjectOf(previous, vocabulary);
        return subject.isEmpty() ? clause : clause.substring(0, pronoun.start()) + subject + clause.substring(pronoun.end());
      }
    }
    return clause;
  }

  /** The naming words a clause starts with (after fillers), as written; empty when it starts otherwise. */
  private static String subjectOf(String clause, Vocabulary vocabulary) {
    List<Token> tokens = vocabulary.tokens(clause);
    int i = 0;
    while (i < tokens.size() && tokens.get(i).is(WordKind.STOP)) {
      i++;
    }
    int first = i;
    while (i < tokens.size() && i - first < 3 && tokens.get(i).isWord() && tokens.get(i).kind().names()) {
      i++;
    }
    return i == first ? "" : clause.substring(tokens.get(first).start(), tokens.get(i - 1).end());
  }

  /** Whether the move at the arrow {@code at} is a metric's ({@code "val_bpb 1.038 -> 1.031"}). */
  private static boolean metricBefore(List<Token> tokens, int at) {
    for (int j = at - 1; j >= 0; j--) {
      Token t = tokens.get(j);
      if (t.isWord() && t.kind() != WordKind.STOP) {
        return t.is(WordKind.OUTCOME);
      }
    }
    return false;
  }

  /**
   * The parts of {@code t} that may state the change: without labels, {@code t}; else the parts
   * labelled as the change and the text before the first label (a title often states the change,
   * {@code "Deeper model: 14 layers. Hypothesis: ..."}); with only result labels, the text before
   * the first.
   */
  private static List<String> labelledParts(String t, Vocabulary vocabulary) {
    List<int[]> labels = new ArrayList<>(); // {start, end, 1 change / 0 outcome}
    Matcher m = LABEL.matcher(t);
    while (m.find()) {
      String label = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
      if (label.length() == 1 && !t.substring(0, m.start()).matches("(?s)|.*[.;|\\n]\\s*")) {
        continue; // a one-letter label ("H:", "R:") starts the text or a sentence; "LoRA r: 16" is a setting
      }
      String last = label.substring(label.lastIndexOf(' ') + 1);
      if (vocabulary.isChangeLabel(label) || vocabulary.isChangeLabel(last)) {
        labels.add(new int[] {m.start(), m.end(), 1});
      } else if (vocabulary.isOutcomeLabel(label) || vocabulary.isOutcomeLabel(last)) {
        labels.add(new int[] {m.start(), m.end(), 0});
      }
    }
    if (labels.isEmpty()) {
      return List.of(t);
    }
    List<String> parts = new ArrayList<>();
    String lead = t.substring(0, labels.get(0)[0]).strip();
    if (!lead.isEmpty()) {
      parts.add(lead);
    }
    for (int i = 0; i < labels.size(); i++) {
      int[] l = labels.get(i);
      int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : t.length();
      if (l[2] == 1 && !t.substring(l[1], end).isBlank()) {
        parts.add(t.substring(l[1], end).strip());
      }
    }
    return parts.isEmpty() ? List.of(t) : parts;
  }

}
