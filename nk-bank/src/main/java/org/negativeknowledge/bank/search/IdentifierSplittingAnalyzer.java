package org.negativeknowledge.bank.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English text analysis that also splits code identifiers into their words while keeping the
 * identifier itself: {@code featurize_dataframe} gives {@code featurize_dataframe}, {@code
 * featurize}, {@code dataframe}; {@code TreeExplainer} gives {@code treeexplainer}, {@code tree},
 * {@code explainer} (all then lower-cased, stop words dropped, Porter-stemmed).
 *
 * <p>The splitting is {@link IdentifierSplitFilter}: the output of Lucene's word-delimiter graph
 * filter with the same rules, at a fraction of its cost. It produces a token graph. The index
 * keeps no positions (see {@link IndexSchema}) and queries are bags of terms, so the graph need
 * not be flattened: a flattening filter cost about four times the word splitting itself at index
 * time.
 */
public final class IdentifierSplittingAnalyzer extends Analyzer {

  private IdentifierSplittingAnalyzer() {}

  /** The analyzer for documents. */
  public static IdentifierSplittingAnalyzer forIndexing() {
    return new IdentifierSplittingAnalyzer();
  }

  /** The analyzer for query text and snippets (the same analysis, as its own instance). */
  public static IdentifierSplittingAnalyzer forQueries() {
    return new IdentifierSplittingAnalyzer();
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new IdentifierSplitFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }
}
