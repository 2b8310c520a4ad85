package org.negativeknowledge.bank.route.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a segment: what is changed ({@code main}), what it is applied to (after a
 * preposition: {@code qualifier}) and added context (after {@code with}).
 */
record Parts(List<Token> main, List<Token> qualifier, List<Token> context) {

  static Parts of(List<Token> core) {
    List<Token> main = new ArrayList<>();
    List<Token> qualifier = new ArrayList<>();
    List<Token> context = new ArrayList<>();
    List<Token> current = main;
    for (Token t : core) {
      boolean started = main.stream().anyMatch(x -> x.isWord() && x.kind().names());
      if (t.is(WordKind.PREP) && started && current == main) {
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
}
