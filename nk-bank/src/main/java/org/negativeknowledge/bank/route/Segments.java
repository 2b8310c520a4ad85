package org.negativeknowledge.bank.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts the tokens of a focused description into segments, one per change: at {@code + , ;} and
 * joining words ({@code plus}, {@code combined with}), and before a second verb of change
 * ({@code "drop A, add B"}). A parenthesis belongs to the segment it follows. Parentheses that
 * comment on the result ({@code "(catastrophic)"}, {@code "(bug: x undefined)"}) are dropped, and so
 * is the rest of a clause after a word that starts its justification ({@code because}) or, after
 * the change is named, a word about the result ({@code "more simulations improve play"}).
 */
final class Segments {
  /** Words that give, in a parenthesis after a value, the value before the change. */
  private static final Set<String> PREVIOUS = Set.of("was", "from", "previously", "prev", "vs", "versus", "before");

  private Segments() {}

  /**
   * A segment: its top-level tokens, its parenthesised groups, and where it stands in the text
   * ({@code end} exclusive).
   */
  record Segment(List<Token> core, List<List<Token>> groups, int start, int end) {}

  static List<Segment> of(List<Token> tokens) {
    List<Token> clean = withoutJustification(withoutComments(ranges(tokens)));
    List<Segment> out = new ArrayList<>();
    Builder b = new Builder();
    int i = 0;
    while (i < clean.size()) {
      Token t = clean.get(i);
      if (t.type() == Token.Type.OPEN) {
        int end = closing(clean, i);
        b.group(clean.subList(i + 1, Math.min(end, clean.size())), t, end < clean.size() ? clean.get(end) : t);
        i = end + 1;
        continue;
      }
      boolean split = t.type() == Token.Type.SPLIT || t.is(WordKind.SPLIT);
      boolean secondVerb = (t.is(WordKind.ADD) || (t.is(WordKind.REMOVE) && startsChange(t)) || leadingReplace(t))
          && b.core.stream().anyMatch(x -> x.isWord() && x.kind().names());
      if (split || secondVerb) {
        b.flush(out);
        b = new Builder();
        if (split) {
          i++;
          continue;
        }
      }
      b.add(t);
      i++;
    }
    b.flush(out);
    return out;
  }

  private static final class Builder {
    final List<Token> core = new ArrayList<>();
    final List<List<Token>> groups = new ArrayList<>();
    int start = -1;
    int end = -1;

    void add(Token t) {
      core.add(t);
      span(t, t);
    }

    void group(List<Token> g, Token open, Token close) {
      groups.add(new ArrayList<>(g));
      span(open, close);
    }

    private void span(Token first, Token last) {
      start = start < 0 ? first.start() : start;
      end = Math.max(end, last.end());
    }

    void flush(List<Segment> out) {
      if (!core.isEmpty() || !groups.isEmpty()) {
        out.add(new Segment(List.copyOf(core), List.copyOf(groups), start, end));
      }
    }
  }

  private static boolean startsChange(Token t) {
    // "no", "not" and "without" qualify what follows inside a change; "remove" and "drop" start one.
    return !(t.isWord("no") || t.isWord("not") || t.isWord("without"));
  }

  private static boolean leadingReplace(Token t) {
    return t.is(WordKind.REPLACE) && !t.isWord("instead");
  }

  private static int closing(List<Token> tokens, int open) {
    int depth = 0;
    for (int j = open; j < tokens.size(); j++) {
      Token.Type type = tokens.get(j).type();
      if (type == Token.Type.OPEN) {
        depth++;
      } else if (type == Token.Type.CLOSE && --depth == 0) {
        return j;
      }
    }
    return tokens.size();
  }

  /**
   * {@code 12 to 14} and {@code from 12 to 14} read as {@code 12 -> 14}, and {@code 0.95 instead of
   * 0.85} and {@code 0.95 (was 0.85)} as {@code 0.85 -> 0.95}.
   */
  private static List<Token> ranges(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean insteadOf = t.type() == Token.Type.NUMBER && i + 3 < tokens.size() && tokens.get(i + 1).isWord("instead")
          && tokens.get(i + 2).isWord("of") && tokens.get(i + 3).type() == Token.Type.NUMBER;
      if (insteadOf) {
        out.add(tokens.get(i + 3));
        out.add(Token.symbol(Token.Type.ARROW, "->", tokens.get(i + 1).start(), tokens.get(i + 2).end()));
        out.add(t);
        i += 3;
        continue;
      }
      boolean was = t.type() == Token.Type.NUMBER && i + 4 < tokens.size() && tokens.get(i + 1).type() == Token.Type.OPEN
          && tokens.get(i + 2).isWord() && PREVIOUS.contains(tokens.get(i + 2).norm())
          && tokens.get(i + 3).type() == Token.Type.NUMBER && tokens.get(i + 4).type() == Token.Type.CLOSE;
      if (was) { // "DEPTH=14 (was 12)", "lr 0.06 (vs 0.04)"
        out.add(tokens.get(i + 3));
        out.add(Token.symbol(Token.Type.ARROW, "->", tokens.get(i + 1).start(), tokens.get(i + 2).end()));
        out.add(t);
        i += 4;
        continue;
      }
      boolean range = t.isWord("to") && !out.isEmpty() && out.get(out.size() - 1).type() == Token.Type.NUMBER
          && i + 1 < tokens.size() && tokens.get(i + 1).type() == Token.Type.NUMBER;
      if (range) {
        if (out.size() >= 2 && out.get(out.size() - 2).isWord("from")) {
          out.remove(out.size() - 2);
        }
        out.add(Token.symbol(Token.Type.ARROW, "->", t.start(), t.end()));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** Drops parenthesised groups that hold a comment on the result, and stray closing parentheses. */
  private static List<Token> withoutComments(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (t.type() == Token.Type.OPEN) {
        int end = closing(tokens, i);
        List<Token> group = tokens.subList(i + 1, Math.min(end, tokens.size()));
        if (group.stream().noneMatch(x -> x.is(WordKind.OUTCOME))) {
          out.addAll(tokens.subList(i, Math.min(end + 1, tokens.size())));
        }
        i = end + 1;
      } else {
        if (t.type() != Token.Type.CLOSE) {
          out.add(t);
        }
        i++;
      }
    }
    return out;
  }

  /** Drops what follows a word that starts a justification, up to the next segment break. */
  private static List<Token> withoutJustification(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    boolean skipping = false;
    boolean named = false;
    int depth = 0;
    for (Token t : tokens) {
      if (t.type() == Token.Type.OPEN) {
        depth++;
      } else if (t.type() == Token.Type.CLOSE) {
        depth--;
      }
      if (t.is(WordKind.CUT) || (t.is(WordKind.OUTCOME) && named && depth <= 0)) {
        skipping = true; // "... because", "... improve play": the rest justifies or predicts
        continue;
      }
      if (skipping && depth <= 0 && t.type() == Token.Type.SPLIT) {
        skipping = false;
        named = false;
      }
      named |= !skipping && t.isWord() && t.kind().names();
      if (!skipping) {
        out.add(t);
      }
    }
    return out;
  }
}
