package org.negativeknowledge.bank.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Splits a route description into words, numbers and the punctuation that structures a change
 * ({@code ->}, {@code =}, {@code +}, parentheses). Identifiers are split into their words
 * ({@code max_depth}, {@code maxDepth} and {@code max-depth} all give {@code max depth}) unless a
 * part is a single letter ({@code z_H} stays one word; not in a hyphenated word, {@code t-schedule})
 * or a function word joining others ({@code debt_to_income} and {@code debt-to-income} are one word), or the identifier is written in capitals and small letters as one word
 * ({@code ReLU}, {@code LoRA}, or a word of the vocabulary such as {@code XGBoost}); words are
 * lower-cased and stemmed. A word
 * fused with its value ({@code accum8}) is split when the word is a known setting.
 */
final class Lexer {

  private static final Pattern TOKEN = Pattern.compile(
      "(?<arrow>->|-->|=>|\u2192|\u21d2)"
          + "|(?<number>(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:[eE][-+]?\\d+)?(?:\\^\\d+)?(?:[xX]\\d+(?:\\.\\d+)?)*"
          + "(?:%|[xX](?![\\p{L}\\p{N}])|[kKMgG](?![\\p{L}\\p{N}]))?)"
          + "|(?<word>[\\p{L}][\\p{L}\\p{N}_']*(?:-(?=\\p{L})[\\p{L}\\p{N}_']+)*)"
          + "|(?<eq>=)|(?<colon>:)|(?<split>[+,;&|\u2014]|\\.(?=\\s|$))|(?<open>[(\\[{])|(?<close>[)\\]}])");
  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
  /** A part of two letters, capital then small, of a word such as {@code ReLU} or {@code LoRA}. */
  private static final Pattern ACRONYM_PART = Pattern.compile("\\p{Lu}\\p{Ll}");
  private static final Pattern FUSED = Pattern.compile("([a-z]{2,})(\\d+)");
  /** Function words that make an identifier one name ({@code debt_to_income}, {@code denoising_as_recursion}). */
  private static final Set<String> JOINERS =
      Set.of("to", "of", "and", "or", "in", "on", "as", "at", "by", "for", "vs", "with", "without", "from", "into", "the");

  private final Predicate<String> isParamWord;
  private final Predicate<String> isKnownWord;

  /**
   * @param isParamWord whether a normalised single word names a setting (for fused values)
   * @param isKnownWord whether a normalised single word is a phrase of the vocabulary (kept whole
   *     rather than split at its capitals: {@code ReLU}, {@code XGBoost}, {@code LightGBM})
   */
  Lexer(Predicate<String> isParamWord, Predicate<String> isKnownWord) {
    this.isParamWord = isParamWord;
    this.isKnownWord = isKnownWord;
  }

  List<Token> lex(String text) {
    List<Token> out = new ArrayList<>();
    EnglishStemmer stemmer = new EnglishStemmer();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      if (m.group("arrow") != null) {
        out.add(Token.symbol(Token.Type.ARROW, "->", s, e));
      } else if (m.group("number") != null) {
        out.add(Token.number(m.group(), Numbers.parse(m.group()), s, e));
      } else if (m.group("word") != null) {
        addWords(out, m.group(), s, stemmer);
      } else if (m.group("eq") != null) {
        out.add(Token.symbol(Token.Type.EQUALS, "=", s, e));
      } else if (m.group("colon") != null) {
        out.add(Token.symbol(Token.Type.COLON, ":", s, e));
      } else if (m.group("split") != null) {
        out.add(Token.symbol(Token.Type.SPLIT, m.group(), s, e));
      } else if (m.group("open") != null) {
        out.add(Token.symbol(Token.Type.OPEN, "(", s, e));
      } else {
        out.add(Token.symbol(Token.Type.CLOSE, ")", s, e));
      }
    }
    return out;
  }

  private void addWords(List<Token> out, String identifier, int at, EnglishStemmer stemmer) {
    String id = identifier.endsWith("'s") ? identifier.substring(0, identifier.length() - 2) : identifier;
    String lower = id.toLowerCase(Locale.ROOT).replace("'", "");
    Matcher fused = FUSED.matcher(lower);
    if (fused.matches() && isParamWord.test(stem(fused.group(1), stemmer))) {
      int split = at + fused.group(1).length();
      out.add(Token.word(id.substring(0, fused.group(1).length()), stem(fused.group(1), stemmer), null, at, split));
      out.add(Token.number(fused.group(2), Numbers.parse(fused.group(2)), split, at + id.length()));
      return;
    }
    List<int[]> spans = new ArrayList<>(); // {start, end} of each part within id
    int cursor = 0;
    for (String p : id.split("[_-]+")) {
      int pStart = id.indexOf(p, cursor);
      int qCursor = 0;
      for (String q : CAMEL.split(p)) {
        if (!q.isEmpty()) {
          int qStart = pStart + p.indexOf(q, qCursor);
          spans.add(new int[] {qStart, qStart + q.length()});
          qCursor = qStart - pStart + q.length();
        }
      }
      cursor = pStart + p.length();
    }
    boolean camelOnly = !id.contains("_") && !id.contains("-") && spans.size() > 1;
    boolean hyphenated = id.contains("-");
    boolean keepWhole = spans.isEmpty() || spans.stream().map(x -> id.substring(x[0], x[1]))
        .anyMatch(p -> (!hyphenated && p.length() == 1 && Character.isLetter(p.charAt(0)))
            || p.chars().allMatch(Character::isDigit)
            || (spans.size() > 2 && JOINERS.contains(p.toLowerCase(Locale.ROOT))) || (camelOnly && ACRONYM_PART.matcher(p).matches()))
        || (camelOnly && isKnownWord.test(stem(lower, stemmer)));
    if (keepWhole && spans.size() > 1) {
      out.add(Token.word(id, lower.replace('-', '_'), null, at, at + id.length()));
      return;
    }
    for (int[] x : spans) {
      String part = id.substring(x[0], x[1]);
      out.add(Token.word(part, stem(part.toLowerCase(Locale.ROOT).replace("'", ""), stemmer), null, at + x[0], at + x[1]));
    }
  }

  private static String stem(String word, EnglishStemmer stemmer) {
    if (!word.chars().allMatch(Character::isLetter) || word.length() < 4) {
      return word;
    }
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
