package org.negativeknowledge.bank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/** The distinct analysed terms of a free text, and the informative ones among them. */
public final class QueryTerms {

  /**
   * The most terms a query keeps: when a text has more (a long consultation context), the ones
   * rarest in the bank are kept (see {@link #informative}), which also keeps any query well within
   * Lucene's clause limit and its cost bounded on a large bank.
   */
  public static final int MAX_TERMS = 48;

  private QueryTerms() {}

  /** Analyses {@code text} and returns its distinct terms, in order of first appearance. */
  public static Set<String> of(Analyzer analyzer, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream("q", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a query string failed", e);
    }
    return terms;
  }

  /**
   * The terms worth looking up, at most {@link #MAX_TERMS}: terms no entry holds are dropped, and
   * with {@code dropSymbols} (a consultation's context, not a search someone typed) one-letter terms
   * and terms without letters too; of the rest, the rarest in the index (the most informative, as
   * BM25 weighs them) are kept, in their original order.
   */
  public static Set<String> informative(Set<String> terms, IndexReader reader, boolean dropSymbols) {
    List<String> candidates = new ArrayList<>();
    List<Integer> freq = new ArrayList<>();
    try {
      for (String t : terms) {
        if (dropSymbols && (t.length() < 2 || t.chars().noneMatch(Character::isLetter))) {
          continue;
        }
        int df = reader.docFreq(new Term(TextField.ALL_FIELD, t));
        if (df > 0) {
          candidates.add(t);
          freq.add(df);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading term statistics failed", e);
    }
    if (candidates.size() <= MAX_TERMS) {
      return new LinkedHashSet<>(candidates);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(freq::get));
    Set<Integer> keep = new java.util.HashSet<>(order.subList(0, MAX_TERMS));
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (keep.contains(i)) {
        out.add(candidates.get(i));
      }
    }
    return out;
  }
}
