package org.negativeknowledge.bank.route;

import java.util.Objects;

/**
 * One token of a route description.
 *
 * @param type what the token is
 * @param raw the text as written (for words: the words of a phrase joined by spaces)
 * @param norm for words, the normalised form (canonical name for table words, else the stem); for
 *     other tokens the raw text
 * @param kind for words, what the word does; null for other tokens
 * @param value for numbers, the value; else null
 * @param start where the token starts in the text it was read from
 * @param end where it ends (exclusive)
 */
record Token(Type type, String raw, String norm, WordKind kind, SettingValue value, int start, int end) {

  enum Type { WORD, NUMBER, ARROW, EQUALS, COLON, SPLIT, OPEN, CLOSE }

  Token {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(norm, "norm");
  }

  static Token word(String raw, String norm, WordKind kind, int start, int end) {
    return new Token(Type.WORD, raw, norm, kind, null, start, end);
  }

  static Token number(String raw, SettingValue value, int start, int end) {
    return new Token(Type.NUMBER, raw, raw, null, value, start, end);
  }

  static Token symbol(Type type, String raw, int start, int end) {
    return new Token(type, raw, raw, null, null, start, end);
  }

  boolean is(WordKind k) {
    return type == Type.WORD && kind == k;
  }

  boolean isWord() {
    return type == Type.WORD;
  }

  /** Whether this is the word {@code w} (normalised form). */
  boolean isWord(String w) {
    return type == Type.WORD && norm.equals(w);
  }

  Token withKind(WordKind k) {
    return new Token(type, raw, norm, k, value, start, end);
  }
}
