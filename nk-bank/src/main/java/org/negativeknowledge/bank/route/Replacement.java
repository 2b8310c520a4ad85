package org.negativeknowledge.bank.route;

import java.util.ArrayList;
import java.util.List;

/**
 * A replacement in a segment: {@code "A instead of B"}, {@code "replace B with A"}, {@code "switch
 * X to A"} (when X is a technique of the table, {@code "switch GC to ZGC"}, it is the thing replaced),
 * {@code "switch X from B to A"}, {@code "drop B for a A"}, {@code "X B->A"}, {@code "X=A"}. The new thing's words end
 * where a qualifier or a detail starts ({@code "switch to SwiGLU at matched parameter count"}).
 *
 * @param rest the tokens that remain the subject of the change ({@code X}, or {@code A} in "A instead of B")
 * @param to the words of the new thing when they are not in {@code rest}
 * @param from the words of the thing replaced
 */
record Replacement(List<Token> rest, List<Token> to, List<Token> from) {

  /** The replacement in {@code core}, or null when it has none. */
  static Replacement of(List<Token> core) {
    for (int i = 0; i < core.size(); i++) {
      Token t = core.get(i);
      if (t.isWord("instead")) {
        int f = i + 1;
        if (f < core.size() && core.get(f).isWord("of")) {
          f++;
        }
        return new Replacement(core.subList(0, i), List.of(), naming(core.subList(f, core.size())));
      }
      if (t.is(WordKind.REPLACE) && before(core, i)) {
        return afterVerb(core.subList(i + 1, core.size()));
      }
      if (t.is(WordKind.REMOVE) && before(core, i)) { // "drop the TreeMap for a sorted array" ("for the critic" says where)
        for (int j = i + 2; j + 2 < core.size(); j++) {
          boolean forNew = core.get(j).isWord("for") && (core.get(j + 1).isWord("a") || core.get(j + 1).isWord("an"));
          if (forNew && core.subList(j + 2, core.size()).stream().anyMatch(x -> x.isWord() && x.kind().names())) {
            return new Replacement(List.of(), naming(untilQualifier(core.subList(j + 1, core.size()))), naming(core.subList(i + 1, j)));
          }
        }
      }
      boolean symbolicArrow = t.type() == Token.Type.ARROW && i > 0 && i + 1 < core.size()
          && core.get(i - 1).isWord() && core.get(i + 1).isWord();
      if (symbolicArrow) {
        List<Token> rest = new ArrayList<>(core.subList(0, i - 1));
        rest.addAll(core.subList(i + 2, core.size()));
        return new Replacement(rest, List.of(core.get(i + 1)), List.of(core.get(i - 1)));
      }
      boolean symbolicEquals = t.type() == Token.Type.EQUALS && i > 0 && i + 1 < core.size()
          && core.get(i - 1).isWord() && core.get(i + 1).isWord() && core.get(i + 1).kind().names();
      if (symbolicEquals) {
        List<Token> rest = new ArrayList<>(core.subList(0, i));
        rest.addAll(core.subList(i + 2, core.size()));
        return new Replacement(rest, List.of(core.get(i + 1)), List.of());
      }
    }
    return null;
  }

  /** Whether no naming word comes before index {@code i}: the verb leads the segment. */
  private static boolean before(List<Token> core, int i) {
    return core.subList(0, i).stream().noneMatch(x -> x.isWord() && x.kind().names());
  }

  private static Replacement afterVerb(List<Token> tail) {
    for (int j = 0; j < tail.size(); j++) {
      Token t = tail.get(j);
      if (t.isWord("to")) { // switch X to A, switch X from B to A: X stays the subject
        List<Token> subject = tail.subList(0, j);
        List<Token> from = List.of();
        for (int f = 0; f < subject.size(); f++) {
          if (subject.get(f).isWord("from") && f > 0) {
            from = naming(subject.subList(f + 1, subject.size()));
            subject = subject.subList(0, f);
            break;
          }
        }
        List<Token> to = naming(untilQualifier(tail.subList(j + 1, tail.size())));
        List<Token> named = naming(subject);
        if (from.isEmpty() && !to.isEmpty() && !named.isEmpty() && named.stream().allMatch(x -> x.is(WordKind.TERM))) {
          return new Replacement(List.of(), to, named); // "switch GC to ZGC": the technique named is the one replaced
        }
        return new Replacement(subject, to, from);
      }
      if (t.is(WordKind.WITH) || t.isWord("by")) { // replace B with A
        return new Replacement(List.of(), naming(untilQualifier(tail.subList(j + 1, tail.size()))), naming(tail.subList(0, j)));
      }
    }
    return new Replacement(tail, List.of(), List.of());
  }

  /** The tokens before the first that starts a qualifier or a detail ({@code at}, {@code with}, a parenthesis). */
  private static List<Token> untilQualifier(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is(WordKind.PREP) || t.is(WordKind.WITH) || t.is(WordKind.CUT) || t.type() == Token.Type.OPEN) {
        return tokens.subList(0, i);
      }
    }
    return tokens;
  }

  private static List<Token> naming(List<Token> tokens) {
    return tokens.stream().filter(x -> x.isWord() && x.kind().names()).toList();
  }
}
