package org.negativeknowledge.bank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysed terms of one text, kept so the text can be indexed into several fields while being
 * analysed only once: analysis is most of the indexing cost, and key texts go to two fields (see
 * {@link TextField}). Each {@link #tokens()} stream replays the terms with their position
 * increments, so the fields get exactly what the analyzer would have given them (same terms,
 * same frequencies, same length norms).
 */
final class AnalyzedText {

  private final String[] terms;
  private final int[] increments;
  private final int count;

  private AnalyzedText(String[] terms, int[] increments, int count) {
    this.terms = terms;
    this.increments = increments;
    this.count = count;
  }

  /** Analyses {@code text} as {@code field} with {@code analyzer}. */
  static AnalyzedText of(Analyzer analyzer, String field, String text) {
    String[] terms = new String[16];
    int[] increments = new int[16];
    int n = 0;
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (n == terms.length) {
          terms = Arrays.copyOf(terms, n * 2);
          increments = Arrays.copyOf(increments, n * 2);
        }
        terms[n] = term.toString();
        increments[n] = inc.getPositionIncrement();
        n++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing an entry text failed", e);
    }
    return new AnalyzedText(terms, increments, n);
  }

  /** A fresh stream over the terms; each field needs its own. */
  TokenStream tokens() {
    return new Replay();
  }

  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next == count) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(terms[next]);
      inc.setPositionIncrement(increments[next]);
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
