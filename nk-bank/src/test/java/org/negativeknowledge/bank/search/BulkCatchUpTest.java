package org.negativeknowledge.bank.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.ChangeFeed;
import org.negativeknowledge.bank.entry.EntryStatus;

/**
 * A catch-up of thousands of changes runs on worker threads: it must index every change exactly
 * once, rank exactly like a single-threaded catch-up, update revisions in place, and leave the
 * index at its last commit when the feed fails half-way.
 */
class BulkCatchUpTest {

  /** More than the smallest catch-up that goes to worker threads. */
  private static final int BULK = 6_000;

  @TempDir Path dir;
  FakeChangeFeed feed;

  @BeforeEach
  void fill() {
    feed = new FakeChangeFeed();
    feed.add("nk-002", SearchIndexTest.SHAP);
    feed.add("nk-017", SearchIndexTest.FEATURIZE);
    feed.add("nk-s6-deep", SearchIndexTest.DEEP);
    feed.add("kb-muscl", SearchIndexTest.POSITIVE);
  }

  private void addBulk(int from) {
    for (int i = from; i < from + BULK; i++) {
      feed.add("bulk-" + i, "{\"task_id\": \"b" + i + "\", \"attempted_route\": \"GridSearch_"
          + (i % 97) + " sweep token" + i + " on fold " + (i % 5) + "\", \"observation\":"
          + " \"timeout after " + (i % 13) + " min\", \"failure\": {\"layer\": \"method_failure\"},"
          + " \"rationale\": \"wide grid\", \"recommended_alternative\": \"random search\"}");
    }
  }

  @Test
  void indexesEveryChangeOnceAndRanksLikeOneThread() {
    addBulk(0);
    Map<String, Object> parallel;
    Map<String, Object> single;
    try (SearchIndex index = SearchIndex.open(dir.resolve("parallel"), feed)) {
      assertThat(index.appliedSequence()).isEqualTo(BULK + 4);
      assertThat(index.search(SearchQuery.all()).totalMatches()).isEqualTo(BULK + 4);
      // token4711 also gives the words token and 4711: the entry holding all three ranks first
      assertThat(ids(index.search(SearchQuery.of("token4711")))).first().isEqualTo("bulk-4711");
      assertThat(ids(index.search(SearchQuery.of("featurize")))).first().isEqualTo("nk-017");
      assertThat(ids(index.search(SearchQuery.of("shap")))).first().isEqualTo("nk-002");
      parallel = scores(index);
    }
    String before = System.getProperty(SearchIndex.THREADS_PROPERTY);
    System.setProperty(SearchIndex.THREADS_PROPERTY, "1");
    try (SearchIndex index = SearchIndex.open(dir.resolve("single"), feed)) {
      single = scores(index);
    } finally {
      if (before == null) {
        System.clearProperty(SearchIndex.THREADS_PROPERTY);
      } else {
        System.setProperty(SearchIndex.THREADS_PROPERTY, before);
      }
    }
    // Equal scores may come in another order (segments differ), so the 300th hit may differ
    // among ties: compare the score lists, and the score of every entry found by both.
    assertThat(parallel.keySet()).hasSizeGreaterThan(100);
    for (String key : parallel.keySet()) {
      if (key.startsWith("#")) {
        assertThat(parallel.get(key)).as(key).isEqualTo(single.get(key));
      } else if (single.containsKey(key)) {
        assertThat(parallel.get(key)).as(key).isEqualTo(single.get(key));
      }
    }
  }

  @Test
  void bulkCatchUpOfAnExistingIndexUpdatesRevisionsInPlace() {
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      assertThat(index.appliedSequence()).isEqualTo(4);
    }
    addBulk(0);
    feed.retract("nk-017", "wrong column");
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      assertThat(index.appliedSequence()).isEqualTo(feed.lastSequence());
      assertThat(ids(index.search(SearchQuery.of("featurize_dataframe")))).isEmpty();
      SearchResults all = index.search(SearchQuery.of("featurize_dataframe")
          .withFilters(SearchFilters.activeOnly().withAnyStatus()));
      assertThat(all.hits()).extracting(h -> h.entry().status())
          .containsExactlyInAnyOrder(EntryStatus.SUPERSEDED, EntryStatus.RETRACTED);
      assertThat(index.search(SearchQuery.all()).totalMatches()).isEqualTo(BULK + 3);
    }
  }

  @Test
  void aFeedFailingHalfWayLeavesTheIndexAtItsLastCommit() {
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      assertThat(index.appliedSequence()).isEqualTo(4);
    }
    addBulk(0);
    ChangeFeed failing = new FailingFeed(feed, 3_000);
    assertThatThrownBy(() -> SearchIndex.open(dir, failing).close())
        .hasMessageContaining("store went away");
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      assertThat(index.search(SearchQuery.all()).totalMatches()).isEqualTo(BULK + 4);
      assertThat(ids(index.search(SearchQuery.of("token2999")))).first().isEqualTo("bulk-2999");
    }
  }

  @Test
  void aSqliteBanksBulkCatchUpKeepsEachOriginalObjectExactly() {
    List<com.fasterxml.jackson.databind.node.ObjectNode> records = new java.util.ArrayList<>();
    for (int i = 0; i < BULK; i++) {
      records.add(org.negativeknowledge.record.NkJson.parseObject(
          "{\"task_id\": \"b" + i + "\", \"attempted_route\": \"Optuna_trial token" + i + "\","
              + " \"observation\": \"loss 0.1250 \\u00e9t\u00e9 \\\"quoted\\\"\", \"score\": 1.50,"
              + " \"failure\": {\"layer\": \"method_failure\"}, \"rationale\": \"r\","
              + " \"recommended_alternative\": \"a\"}"));
    }
    org.negativeknowledge.bank.OpenOptions noIndex =
        org.negativeknowledge.bank.OpenOptions.defaults().withIndexOnWrite(false);
    String db = dir.resolve("bank.db").toString();
    try (org.negativeknowledge.bank.Bank bank = org.negativeknowledge.bank.Bank.open(db, noIndex)) {
      assertThat(bank.importRecords(records, "bulk", org.negativeknowledge.bank.io.ImportOptions.defaults())
          .imported()).isEqualTo(BULK);
    }
    try (org.negativeknowledge.bank.Bank bank = org.negativeknowledge.bank.Bank.open(db, noIndex);
        SearchIndex index = SearchIndex.open(dir.resolve("index"), bank.changes())) {
      assertThat(index.appliedSequence()).isEqualTo(BULK);
      List<SearchHit> hits = index.search(SearchQuery.of("token5123")).hits();
      assertThat(hits.get(0).entry().original()).isEqualTo(records.get(5123));
      assertThat(hits.get(0).entry().original().toString()).isEqualTo(records.get(5123).toString());
      assertThat(hits.get(0).entry()).isEqualTo(bank.get(hits.get(0).entry().id()).orElseThrow());
    }
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(h -> h.entry().id()).toList();
  }

  /**
   * For a few queries: "QUERY ID" to the entry's score, and "#QUERY" to the list of the top
   * scores in rank order.
   */
  private static Map<String, Object> scores(SearchIndex index) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String q : List.of("gridsearch sweep fold", "timeout featurize_dataframe", "GridSearch_42 bore")) {
      List<Float> ranked = new java.util.ArrayList<>();
      for (SearchHit h : index.search(SearchQuery.of(q).withLimit(300)).hits()) {
        out.put(q + " " + h.entry().id(), h.score());
        ranked.add(h.score());
      }
      out.put("#" + q, ranked);
    }
    return out;
  }

  /** A feed whose reading fails after {@code failAfter} changes, like a store connection lost. */
  private record FailingFeed(ChangeFeed inner, int failAfter) implements ChangeFeed {
    @Override
    public long lastSequence() {
      return inner.lastSequence();
    }

    @Override
    public void forEachChangeSince(long afterSequence, Consumer<BankEntry> sink) {
      int[] seen = {0};
      inner.forEachChangeSince(
          afterSequence,
          e -> {
            if (++seen[0] > failAfter) {
              throw new IllegalStateException("store went away");
            }
            sink.accept(e);
          });
    }

    @Override
    public String bankId() {
      return inner.bankId();
    }

    @Override
    public boolean holds(org.negativeknowledge.bank.entry.ChangeMark mark) {
      return inner.holds(mark);
    }
  }
}
