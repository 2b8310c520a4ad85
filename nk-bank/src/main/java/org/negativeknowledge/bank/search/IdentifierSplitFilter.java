package org.negativeknowledge.bank.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Splits code identifiers into their words and keeps the identifier too: {@code
 * featurize_dataframe} gives {@code featurize_dataframe}, {@code featurize}, {@code dataframe};
 * {@code TreeExplainer} gives {@code TreeExplainer}, {@code Tree}, {@code Explainer}.
 *
 * <p>It emits exactly what Lucene's {@code WordDelimiterGraphFilter} emits with the flags
 * GENERATE_WORD_PARTS, GENERATE_NUMBER_PARTS, SPLIT_ON_CASE_CHANGE, SPLIT_ON_NUMERICS,
 * STEM_ENGLISH_POSSESSIVE and PRESERVE_ORIGINAL (same terms, position increments and lengths,
 * offsets and types; a test checks this on real and random text), at a fraction of its cost: that
 * filter captures and restores the whole attribute state and sorts a part buffer for every split
 * token, and was the most expensive step of indexing. The rules:
 *
 * <ul>
 *   <li>A part is a run of letters and digits; other characters delimit parts. A part also ends
 *       where a lower-case letter or digit is followed by an upper-case letter ({@code treeE}),
 *       and between letters and digits ({@code j2se} is {@code j}, {@code 2}, {@code se}); an
 *       upper-case letter followed by any letter does not end a part ({@code XMLParser} stays
 *       whole).
 *   <li>An English possessive ({@code 's} after a letter, at a part's end) is dropped.
 *   <li>A token that is one whole part, or has no part at all, passes unchanged. Otherwise the
 *       token comes first, spanning as many positions as it has parts, followed by its parts
 *       (the first at the token's position).
 * </ul>
 */
final class IdentifierSplitFilter extends TokenFilter {

  private static final int LOWER = 0x01;
  private static final int UPPER = 0x02;
  private static final int DIGIT = 0x04;
  private static final int DELIMITER = 0x08;
  private static final int LETTER = LOWER | UPPER;
  private static final byte[] LATIN1_TYPES = latin1Types();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);

  private char[] token = new char[32];
  private int[] partStarts = new int[8];
  private int[] partEnds = new int[8];
  private int parts;
  private int nextPart;

  IdentifierSplitFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (nextPart < parts) {
      int start = partStarts[nextPart];
      term.copyBuffer(token, start, partEnds[nextPart] - start);
      increment.setPositionIncrement(nextPart == 0 ? 0 : 1);
      length.setPositionLength(1);
      nextPart++;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    char[] text = term.buffer();
    int len = term.length();
    findParts(text, len);
    if (parts == 0 || (parts == 1 && partStarts[0] == 0 && partEnds[0] == len)) {
      parts = 0; // a plain word, or only delimiters: unchanged
      return true;
    }
    if (token.length < len) {
      token = new char[Math.max(len, token.length * 2)];
    }
    System.arraycopy(text, 0, token, 0, len);
    length.setPositionLength(parts);
    nextPart = 0;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts = 0;
    nextPart = 0;
  }

  private void findParts(char[] text, int len) {
    parts = 0;
    int begin = 0;
    while (begin < len && isDelimiter(type(text[begin]))) {
      begin++;
    }
    int end = len;
    while (end > begin && isDelimiter(type(text[end - 1]))) {
      end--;
    }
    int pos = begin;
    while (true) {
      int lastType = 0;
      while (pos < end && isDelimiter(lastType = type(text[pos]))) {
        pos++;
      }
      if (pos >= end) {
        return;
      }
      int partEnd = pos + 1;
      while (partEnd < end) {
        int t = type(text[partEnd]);
        if (isBreak(lastType, t)) {
          break;
        }
        lastType = t;
        partEnd++;
      }
      addPart(pos, partEnd);
      pos = partEnd < end - 1 && possessiveEndsAt(text, partEnd + 2, end) ? partEnd + 2 : partEnd;
    }
  }

  private void addPart(int start, int end) {
    if (parts == partStarts.length) {
      partStarts = Arrays.copyOf(partStarts, parts * 2);
      partEnds = Arrays.copyOf(partEnds, parts * 2);
    }
    partStarts[parts] = start;
    partEnds[parts] = end;
    parts++;
  }

  /** Whether {@code 's} after a letter ends at {@code pos}, followed by a delimiter or the end. */
  private static boolean possessiveEndsAt(char[] text, int pos, int end) {
    return pos > 2
        && text[pos - 2] == '\''
        && (text[pos - 1] == 's' || text[pos - 1] == 'S')
        && (type(text[pos - 3]) & LETTER) != 0
        && (pos == end || isDelimiter(type(text[pos])));
  }

  private static boolean isBreak(int lastType, int type) {
    if ((type & lastType) != 0) {
      return false;
    }
    // An upper-case letter followed by a letter continues the part (Tree, XMLParser).
    return !((lastType & UPPER) != 0 && (type & LETTER) != 0);
  }

  private static boolean isDelimiter(int type) {
    return (type & DELIMITER) != 0;
  }

  private static int type(char c) {
    return c < LATIN1_TYPES.length ? LATIN1_TYPES[c] : unicodeType(c);
  }

  /** Below 256 only cased letters and digits count; everything else delimits. */
  private static byte[] latin1Types() {
    byte[] types = new byte[256];
    for (int c = 0; c < types.length; c++) {
      if (Character.isLowerCase(c)) {
        types[c] = LOWER;
      } else if (Character.isUpperCase(c)) {
        types[c] = UPPER;
      } else if (Character.isDigit(c)) {
        types[c] = DIGIT;
      } else {
        types[c] = DELIMITER;
      }
    }
    return types;
  }

  private static int unicodeType(char c) {
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER -> UPPER;
      case Character.LOWERCASE_LETTER -> LOWER;
      case Character.TITLECASE_LETTER, Character.MODIFIER_LETTER, Character.OTHER_LETTER,
          Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK ->
          LETTER;
      case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> DIGIT;
      case Character.SURROGATE -> LETTER | DIGIT; // never split a surrogate pair
      default -> DELIMITER;
    };
  }
}
