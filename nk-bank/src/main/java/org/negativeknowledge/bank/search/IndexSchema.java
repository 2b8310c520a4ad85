package org.negativeknowledge.bank.search;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.render.Headline;
import org.negativeknowledge.taxonomy.Facet;

/**
 * The layout of one index document: one document per entry revision, keyed by id and revision,
 * holding the analysed text fields, exact-match filter fields (their terms bounded by {@link
 * KeywordTerms}, so any stored value can be indexed) and the entry's JSON.
 */
public final class IndexSchema {

  /** Bumped whenever the layout or the analysis changes; an index of another version is rebuilt. */
  public static final String VERSION = "7"; // 6: headlines and embedding vectors; 7: curator

  public static final String KEY = "key";
  public static final String ID = "id";
  public static final String ENTRY_JSON = "entry";
  public static final String SEQUENCE = "seq";
  public static final String POLARITY = "polarity";
  public static final String DOMAIN = "domain";
  public static final String DEPTH = "depth";
  public static final String STATUS = "status";
  public static final String TASK = "task";
  public static final String SHAPE = "shape";
  public static final String SIGNATURE = "signature";
  /** The kind of curator that wrote an entry ({@code offline}, {@code llm}); absent otherwise. */
  public static final String CURATOR = "curator";
  /** The entry's stored one-line headline ({@link org.negativeknowledge.bank.render.Headline}). */
  public static final String HEADLINE = "headline";
  /** The entry's embedding vector (cosine), once embedded. */
  public static final String VECTOR = "vector";
  /** {@value #PENDING} on a document whose vector is still to be computed. */
  public static final String VECTOR_STATE = "vector_state";
  public static final String PENDING = "pending";

  /**
   * Text fields keep document frequencies but no positions: searches are bags of words ranked by
   * BM25, never phrases, and leaving positions out makes indexing faster and the index smaller.
   */
  private static final FieldType TEXT_TYPE = textType();

  private IndexSchema() {}

  private static FieldType textType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(false);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }

  /** The unique key of an entry revision. */
  public static Term keyTerm(BankEntry e) {
    return new Term(KEY, KeywordTerms.of(e.id()) + "#" + e.revision());
  }

  /** The filter field name of a facet. */
  public static String facetField(Facet facet) {
    return "f_" + facet.fieldName();
  }

  /** The term of a domain: domains compare case-insensitively. */
  public static String domainTerm(String domain) {
    return KeywordTerms.of(domain.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The document for one entry revision in its current state. Key texts are analysed once with
   * {@code analyzer} (the index writer's) and the terms given to both text fields.
   *
   * @param originalJson the entry's original object as JSON text, or null to write it from the
   *     entry (see {@link EntryCodec#encode(BankEntry, String)})
   */
  public static Document toDocument(BankEntry e, String originalJson, Analyzer analyzer) {
    return toDocument(e, originalJson, analyzer, null);
  }

  /**
   * The document for one entry revision with its embedding vector; a null vector marks the
   * document {@value #PENDING}, to be embedded later ({@link VectorPass}).
   */
  public static Document toDocument(BankEntry e, String originalJson, Analyzer analyzer, float[] vector) {
    Document d = new Document();
    d.add(new StoredField(HEADLINE, Headline.of(e)));
    if (vector != null) {
      d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
    } else {
      d.add(new StringField(VECTOR_STATE, PENDING, Field.Store.NO));
    }
    d.add(new StringField(KEY, keyTerm(e).text(), Field.Store.NO));
    d.add(new StringField(ID, KeywordTerms.of(e.id()), Field.Store.NO));
    d.add(new StoredField(ENTRY_JSON, EntryCodec.encode(e, originalJson)));
    d.add(new NumericDocValuesField(SEQUENCE, e.sequence()));
    d.add(new StringField(POLARITY, e.polarity().wireName(), Field.Store.NO));
    if (e.domain() != null && !e.domain().isBlank()) {
      d.add(new StringField(DOMAIN, domainTerm(e.domain()), Field.Store.NO));
    }
    d.add(new IntPoint(DEPTH, e.depth()));
    d.add(new StringField(STATUS, e.status().wireName(), Field.Store.NO));
    if (e.taskId() != null) {
      d.add(new StringField(TASK, KeywordTerms.of(e.taskId()), Field.Store.NO));
    }
    d.add(new StringField(SHAPE, e.shape().wireName(), Field.Store.NO));
    if (e.signatureKey() != null) {
      d.add(new StringField(SIGNATURE, KeywordTerms.of(e.signatureKey()), Field.Store.NO));
    }
    if (e.provenance().curator() != null) {
      d.add(new StringField(CURATOR, KeywordTerms.of(e.provenance().curator()), Field.Store.NO));
    }
    e.facets().forEach((f, v) -> d.add(new StringField(facetField(f), KeywordTerms.of(v), Field.Store.NO)));
    for (FieldText t : EntryTexts.of(e)) {
      if (t.field().isKey()) {
        AnalyzedText analysed = AnalyzedText.of(analyzer, TextField.KEY_FIELD, t.text());
        d.add(new Field(TextField.ALL_FIELD, analysed.tokens(), TEXT_TYPE));
        d.add(new Field(TextField.KEY_FIELD, analysed.tokens(), TEXT_TYPE));
      } else {
        d.add(new Field(TextField.ALL_FIELD, t.text(), TEXT_TYPE));
      }
    }
    return d;
  }
}
