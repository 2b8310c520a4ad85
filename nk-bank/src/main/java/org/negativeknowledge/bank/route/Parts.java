package org.negativeknowledge.bank.route;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a segment: what is changed ({@code main}), what it is applied to (after a
 * preposition, or {@code to} before a name: {@code qualifier}) and added context (after {@code with}).
 */
record Parts(List<Token> main, List<Token> qualifier, List<Token> context) {

  static Parts of(List<Token> core) {
    List<Token> main = new ArrayList<>();
    List<Token> qualifier = new ArrayList<>();
    List<Token> context = new ArrayList<>();
    List<Token> current = main;
    for (int i = 0; i < core.size(); i++) {
      Token t = core.get(i);
      boolean started = main.stream().anyMatch(x -> x.isWord() && x.kind().names());
      boolean prep = t.is(WordKind.PREP) || (t.isWord("to") && namesNext(core, i + 1));
      if (prep && started && current == main) {
        current = qualifier;
        continue;
      }
      if (t.is(WordKind.WITH) && started) {
        current = context;
        continue;
      }
      current.add(t);
    }
    return new Parts(List.copyOf(main), List.copyOf(qualifier), List.copyOf(context));
  }

  /** Whether the next token that is not a filler names something: "add dropout to the policy net". */
  private static boolean namesNext(List<Token> core, int from) {
    for (int j = from; j < core.size(); j++) {
      Token t = core.get(j);
      if (!t.is(WordKind.STOP)) {
        return t.isWord() && t.kind().names();
      }
    }
    return false;
  }
}
