package org.negativeknowledge.bank.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.embed.TextEmbedder;
import org.negativeknowledge.bank.render.Headline;

/**
 * Gives documents marked {@link IndexSchema#PENDING} their embedding vector, in batches, until none
 * is left or the time is up. Indexing writes documents without vectors (embedding costs
 * milliseconds per entry, indexing microseconds), so this pass runs apart: on a consultation for a
 * bounded time, and in full on a rebuild ({@code nk bank reindex}).
 */
public final class VectorPass {

  private static final int BATCH = 64;
  private static final Term PENDING = new Term(IndexSchema.VECTOR_STATE, IndexSchema.PENDING);

  private VectorPass() {}

  /** How many documents of {@code reader} wait for their vector. */
  public static int pending(IndexReader reader) throws IOException {
    return new IndexSearcher(reader).count(new TermQuery(PENDING));
  }

  /**
   * {@link #run}, then commits and closes {@code w}; rolls it back on any failure, leaving the
   * index at its last commit (its commit data, the applied change, carries over).
   *
   * @return how many documents are still pending
   */
  public static int runAndCommit(
      IndexWriter w, Analyzer analyzer, TextEmbedder embedder, int wholeUpTo, long deadlineNanos) throws IOException {
    try {
      int left = run(w, analyzer, embedder, wholeUpTo, deadlineNanos);
      w.commit();
      w.close();
      return left;
    } catch (IOException | RuntimeException e) {
      w.rollback();
      throw e;
    }
  }

  /**
   * Embeds pending documents with {@code embedder} through {@code w}: all of them when there are at
   * most {@code wholeUpTo} (a small bank is embedded whole, so its ranking does not depend on the
   * machine's speed), else until {@code deadlineNanos} ({@link System#nanoTime()}) has passed; the
   * caller commits.
   *
   * @return how many documents are still pending
   */
  public static int run(IndexWriter w, Analyzer analyzer, TextEmbedder embedder, int wholeUpTo, long deadlineNanos)
      throws IOException {
    boolean whole;
    try (DirectoryReader r = DirectoryReader.open(w)) {
      whole = new IndexSearcher(r).count(new TermQuery(PENDING)) <= wholeUpTo;
    }
    while (true) {
      try (DirectoryReader r = DirectoryReader.open(w)) {
        IndexSearcher s = new IndexSearcher(r);
        TopDocs top = s.search(new TermQuery(PENDING), BATCH);
        if (top.scoreDocs.length == 0) {
          return 0;
        }
        if (!whole && System.nanoTime() - deadlineNanos > 0) {
          return s.count(new TermQuery(PENDING));
        }
        StoredFields stored = s.storedFields();
        List<BankEntry> entries = new ArrayList<>(top.scoreDocs.length);
        List<String> texts = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
          BankEntry e = EntryCodec.decode(stored.document(sd.doc, Set.of(IndexSchema.ENTRY_JSON)).get(IndexSchema.ENTRY_JSON));
          entries.add(e);
          texts.add(Headline.meaningText(e));
        }
        List<float[]> vectors = embedder.embedAll(texts);
        for (int i = 0; i < entries.size(); i++) {
          BankEntry e = entries.get(i);
          w.updateDocument(IndexSchema.keyTerm(e), IndexSchema.toDocument(e, null, analyzer, vectors.get(i)));
        }
      }
    }
  }
}
