package org.negativeknowledge.bank.search;

import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.negativeknowledge.bank.entry.EntryStatus;

/**
 * Builds the Lucene query for a search: each query term is looked up in the field of all texts and
 * in the field of key texts (see {@link TextField}), the terms are OR-ed, and the filters are
 * added as non-scoring clauses. User text is never parsed as query
 * syntax, so no input can make it throw.
 */
public final class QueryBuilder {

  private QueryBuilder() {}

  /**
   * The query for these terms and filters; with no terms, every entry passing the filters.
   */
  public static Query build(Set<String> terms, SearchFilters filters) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (terms.isEmpty()) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    } else {
      BooleanQuery.Builder text = new BooleanQuery.Builder();
      for (String term : terms) {
        text.add(new TermQuery(new Term(TextField.ALL_FIELD, term)), Occur.SHOULD);
        text.add(
            new BoostQuery(new TermQuery(new Term(TextField.KEY_FIELD, term)), TextField.KEY_BOOST),
            Occur.SHOULD);
      }
      b.add(text.build(), Occur.MUST);
    }
    filters.polarity().ifPresent(p -> filter(b, IndexSchema.POLARITY, p.wireName()));
    filters.domain().ifPresent(d -> filter(b, IndexSchema.DOMAIN, IndexSchema.domainTerm(d)));
    filters.facets().forEach((f, v) -> filter(b, IndexSchema.facetField(f), KeywordTerms.of(v)));
    filters.depth().ifPresent(d -> b.add(IntPoint.newExactQuery(IndexSchema.DEPTH, d), Occur.FILTER));
    // Excluding the (rare) other statuses is much cheaper than requiring the (common) active one.
    for (EntryStatus st : EntryStatus.values()) {
      if (!filters.statuses().contains(st)) {
        b.add(new TermQuery(new Term(IndexSchema.STATUS, st.wireName())), Occur.MUST_NOT);
      }
    }
    filters.taskId().ifPresent(t -> filter(b, IndexSchema.TASK, KeywordTerms.of(t)));
    filters.shape().ifPresent(s -> filter(b, IndexSchema.SHAPE, s.wireName()));
    filters.signatureKey().ifPresent(k -> filter(b, IndexSchema.SIGNATURE, KeywordTerms.of(k)));
    filters.curator().ifPresent(k -> filter(b, IndexSchema.CURATOR, KeywordTerms.of(k)));
    return b.build();
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
  }
}
