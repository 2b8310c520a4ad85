package org.negativeknowledge.bank.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.render.Headline;

/**
 * Hybrid candidate retrieval: BM25 over the cleaned, informative query terms and k-nearest
 * neighbours over the entries' embedding vectors, each contributing its top {@code pool}, fused by
 * reciprocal rank ({@code 1 / (K + rank)} summed over the rankings, K = {@value #K}); an entry of
 * the preferred domain scores as if a third ranking had put it first. Nearest neighbours always
 * exist, so the dense ranking keeps only entries at least {@value #MIN_COSINE} alike in cosine
 * similarity: an unrelated context surfaces nothing. Ranks, not scores, are
 * fused, since BM25 scores and cosine similarities are on unrelated scales.
 */
public final class CandidateSearch {

  /** The reciprocal-rank constant (the usual 60). */
  public static final int K = 60;

  /** The least cosine similarity a dense neighbour needs to count. */
  public static final double MIN_COSINE = 0.25;

  private CandidateSearch() {}

  /** The candidates for {@code q}, best first. */
  public static List<Candidate> run(IndexSearcher searcher, Analyzer queryAnalyzer, CandidateQuery q) throws IOException {
    Set<String> terms = QueryTerms.informative(
        QueryTerms.of(queryAnalyzer, QueryCleaner.clean(q.text())), searcher.getIndexReader(), true);
    Map<Integer, double[]> fused = new HashMap<>(); // doc -> {score, bm25 rank, dense rank}
    if (!terms.isEmpty()) {
      TopDocs bm = searcher.search(QueryBuilder.build(terms, q.filters()), q.pool());
      add(fused, bm, 1);
    }
    if (q.vector() != null) {
      Query filter = QueryBuilder.build(Set.of(), q.filters());
      TopDocs dense = searcher.search(new KnnFloatVectorQuery(IndexSchema.VECTOR, q.vector(), q.pool(), filter), q.pool());
      float least = (float) ((1 + MIN_COSINE) / 2); // Lucene scores a cosine c as (1 + c) / 2
      ScoreDoc[] alike = java.util.Arrays.stream(dense.scoreDocs).filter(sd -> sd.score >= least).toArray(ScoreDoc[]::new);
      add(fused, new TopDocs(dense.totalHits, alike), 2);
    }
    String preferred = q.preferredDomain() == null ? null : q.preferredDomain().toLowerCase(Locale.ROOT);
    List<Candidate> out = new ArrayList<>(fused.size());
    var stored = searcher.storedFields();
    for (Map.Entry<Integer, double[]> f : fused.entrySet()) {
      Document d = stored.document(f.getKey(), Set.of(IndexSchema.ENTRY_JSON, IndexSchema.HEADLINE));
      BankEntry e = EntryCodec.decode(d.get(IndexSchema.ENTRY_JSON));
      double score = f.getValue()[0];
      if (preferred != null && e.domain() != null && e.domain().strip().toLowerCase(Locale.ROOT).equals(preferred)) {
        score += 1.0 / (K + 1);
      }
      String headline = d.get(IndexSchema.HEADLINE);
      out.add(new Candidate(e, headline == null ? Headline.of(e) : headline, score, (int) f.getValue()[1], (int) f.getValue()[2]));
    }
    out.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
        : Long.compare(b.entry().sequence(), a.entry().sequence()));
    return out;
  }

  private static void add(Map<Integer, double[]> fused, TopDocs top, int slot) {
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      double[] v = fused.computeIfAbsent(sd.doc, k -> new double[3]);
      v[0] += 1.0 / (K + i + 1);
      v[slot] = i + 1;
    }
  }
}
