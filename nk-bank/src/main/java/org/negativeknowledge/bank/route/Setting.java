package org.negativeknowledge.bank.route;

import java.util.ArrayList;
import java.util.List;

/**
 * A value in a segment and the words that name it.
 *
 * @param name the naming words (may be empty)
 * @param from the value before, for {@code 12->14}; else null
 * @param to the value
 * @param first the value's first token (to find where it stands)
 */
record Setting(List<Token> name, SettingValue from, SettingValue to, Token first) {

  /** The settings of a token list, in order. */
  static List<Setting> all(List<Token> tokens) {
    List<Setting> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (tokens.get(i).type() != Token.Type.NUMBER) {
        i++;
        continue;
      }
      int j = i;
      while (j + 2 < tokens.size() && tokens.get(j + 1).type() == Token.Type.ARROW
          && tokens.get(j + 2).type() == Token.Type.NUMBER) {
        j += 2;
      }
      SettingValue from = j > i ? tokens.get(i).value() : null;
      SettingValue to = tokens.get(j).value();
      if (j - i >= 4) { // "768->3072->48": a shape, not a move from its first value to its last
        StringBuilder shape = new StringBuilder();
        for (int k = i; k <= j; k += 2) {
          shape.append(k > i ? "->" : "").append(tokens.get(k).raw());
        }
        from = null;
        to = SettingValue.word(shape.toString());
      }
      out.add(new Setting(nameOf(tokens, i, j), from, to, tokens.get(i)));
      i = j + 1;
    }
    return out;
  }

  private static List<Token> nameOf(List<Token> tokens, int first, int last) {
    int k = first - 1;
    if (k >= 1 && (tokens.get(k).type() == Token.Type.EQUALS || tokens.get(k).type() == Token.Type.COLON)) {
      Token n = tokens.get(k - 1);
      return n.isWord() && n.kind().names() ? List.of(n) : List.of();
    }
    while (k >= 0 && skippable(tokens.get(k))) {
      k--;
    }
    int after = last + 1;
    boolean settingAfter = after < tokens.size() && tokens.get(after).is(WordKind.PARAM);
    if (settingAfter && !(k >= 0 && tokens.get(k).is(WordKind.PARAM))) {
      return List.of(tokens.get(after)); // "MCTS 200 rollouts", "5 epochs": the value counts its setting
    }
    List<Token> name = new ArrayList<>();
    // A setting's own name ("lr", "weight decay", "EMA warmup") is the whole name: "SGD momentum 0.9"
    // sets momentum. Other words ("cosine weight", "x0 reconstruction weight") make up to three.
    boolean setting = k >= 0 && tokens.get(k).is(WordKind.PARAM);
    while (k >= 0 && name.size() < 3 && tokens.get(k).isWord() && tokens.get(k).kind().names()
        && (!setting || tokens.get(k).is(WordKind.PARAM))) {
      name.add(0, tokens.get(k));
      k--;
    }
    if (!name.isEmpty()) {
      return name;
    }
    int f = last + 1;
    while (f < tokens.size() && tokens.get(f).is(WordKind.STOP)) {
      f++;
    }
    while (f < tokens.size() && name.size() < 2 && tokens.get(f).isWord() && tokens.get(f).kind().names()) {
      name.add(tokens.get(f));
      f++;
    }
    return name;
  }

  /** Words between a name and its value: "lowered to", "of", "at". */
  private static boolean skippable(Token t) {
    return t.is(WordKind.UP) || t.is(WordKind.DOWN) || t.isWord("to") || t.isWord("of") || t.isWord("at");
  }

  /** Whether the name holds a specific word (not only generic heads such as "weight"). */
  boolean specific() {
    return name.stream().anyMatch(t -> t.kind().specific());
  }

  /** The direction from {@code from} to {@code to} when both are numbers, else {@code said}. */
  Direction direction(Direction said) {
    if (from != null && from.isNumber() && to.isNumber()) {
      Direction d = Direction.between(from.number(), to.number());
      return d == Direction.NONE ? said : d;
    }
    return said;
  }
}
