package org.negativeknowledge.bank.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The distinct analysed terms of a free text, in order of first appearance. */
public final class QueryTerms {

  /** More terms than this are dropped, which keeps any query within Lucene's clause limit. */
  public static final int MAX_TERMS = 64;

  private QueryTerms() {}

  /** Analyses {@code text} and returns its distinct terms (at most {@link #MAX_TERMS}). */
  public static Set<String> of(Analyzer analyzer, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream("q", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && terms.size() < MAX_TERMS) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a query string failed", e);
    }
    return terms;
  }
}
