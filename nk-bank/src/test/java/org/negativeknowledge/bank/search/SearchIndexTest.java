package org.negativeknowledge.bank.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.record.Polarity;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.taxonomy.Facet;

class SearchIndexTest {

  static final String SHAP = TestEntries.SHAP_RECORD;

  static final String FEATURIZE =
      """
      {"task_id": "017",
       "attempted_route": "matminer featurize_dataframe with ElementProperty on the composition column",
       "observation": "KeyError: 'composition' after 12 s",
       "failure": {"layer": "communication_failure", "scope": "local_failure", "degree": "contradicted",
                   "recommended_action": "retry", "risk": "medium_risk_drift"},
       "rationale": "The column holds strings, not Composition objects.",
       "recommended_alternative": "StrToComposition().featurize_dataframe(df, 'formula') first"}
      """;

  static final String DEEP =
      """
      {"task_id": "BKdV-S6", "depth": 3,
       "rounds_summary": [
         {"round": 1, "attempted_route": "pseudospectral RK4 without dissipation on a bore", "observation": "TV grows 42x"},
         {"round": 2, "attempted_route": "tiny viscosity 1e-4", "observation": "no change"},
         {"round": 3, "attempted_route": "viscosity sweep", "observation": "nu=5e-2 clean"}],
       "ruled_out_routes": ["no dissipation on bore IC", "viscosity 1e-4 on bore IC"],
       "synthesised_diagnosis": "Dealiasing does not dissipate the bore's energy cascade.",
       "failure": {"layer": "method_failure", "scope": "regime_bound_failure", "degree": "partial",
                   "recommended_action": "change_method", "risk": "high_risk_false_progress"},
       "rationale": "Energy piles up below the cutoff.",
       "recommended_alternative": "explicit viscosity nu=5e-2"}
      """;

  static final String POSITIVE =
      """
      {"id": "kb-muscl", "kind": "positive", "domain": "burgers",
       "claim": "MUSCL with a Godunov flux propagates the bore without Gibbs ringing.",
       "applicability": "Burgers component of coupled solvers", "evidence": [{"file": "x", "summary": "TV stays 3"}]}
      """;

  @TempDir Path dir;
  FakeChangeFeed feed;

  @BeforeEach
  void fill() {
    feed = new FakeChangeFeed();
    feed.add("nk-002", SHAP);
    feed.add("nk-017", FEATURIZE);
    feed.add("nk-s6-deep", DEEP);
    feed.add("kb-muscl", POSITIVE);
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(h -> h.entry().id()).toList();
  }

  @Test
  void findsCodeIdentifiersByTheirWords() {
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      assertThat(ids(index.search(SearchQuery.of("dataframe")))).containsExactly("nk-017");
      assertThat(ids(index.search(SearchQuery.of("featurize_dataframe")))).startsWith("nk-017");
      assertThat(ids(index.search(SearchQuery.of("explainer")))).containsExactly("nk-002");
      assertThat(ids(index.search(SearchQuery.of("tree explainer")))).startsWith("nk-002");
      assertThat(ids(index.search(SearchQuery.of("TreeExplainer")))).startsWith("nk-002");
      assertThat(ids(index.search(SearchQuery.of("shap_values")))).startsWith("nk-002");
    }
  }

  @Test
  void ranksAndReturnsEntryScoreAndMarkedSnippet() {
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      SearchResults r = index.search(SearchQuery.of("bore dissipation"));
      assertThat(r.hits()).isNotEmpty();
      SearchHit top = r.hits().get(0);
      assertThat(top.entry().id()).isEqualTo("nk-s6-deep");
      assertThat(top.entry().original().get("task_id").asText()).isEqualTo("BKdV-S6");
      assertThat(top.entry().depth()).isEqualTo(3);
      assertThat(top.score()).isPositive();
      assertThat(top.snippet()).containsIgnoringCase("**dissipat");
      assertThat(r.totalMatches()).isEqualTo(r.hits().size());
    }
  }

  @Test
  void oddInputNeverThrows() {
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      for (String q : List.of("foo(", "a:b", "\"", "*", "shap AND OR NOT", "[", "\\", "~1", "+-!")) {
        index.search(SearchQuery.of(q));
      }
      assertThat(ids(index.search(SearchQuery.of("shap(")))).contains("nk-002");
      assertThat(ids(index.search(SearchQuery.of("module:shap")))).contains("nk-002");
      assertThat(index.search(SearchQuery.of("the of and")).hits()).isEmpty();
    }
  }

  @Test
  void blankQueryListsNewestFirstWithinTheLimit() {
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      SearchResults r = index.search(SearchQuery.all().withLimit(3));
      assertThat(ids(r)).containsExactly("kb-muscl", "nk-s6-deep", "nk-017");
      assertThat(r.totalMatches()).isEqualTo(4);
    }
  }

  @Test
  void filtersRestrictTheHits() {
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      SearchFilters none = SearchFilters.activeOnly();
      assertThat(ids(search(index, none.withPolarity(Polarity.POSITIVE)))).containsExactly("kb-muscl");
      assertThat(ids(search(index, none.withDomain("Burgers")))).containsExactly("kb-muscl");
      assertThat(ids(search(index, none.withDepth(3)))).containsExactly("nk-s6-deep");
      assertThat(ids(search(index, none.withTaskId("017")))).containsExactly("nk-017");
      assertThat(ids(search(index, none.withShape(RecordShape.KNOWLEDGE)))).containsExactly("kb-muscl");
      assertThat(ids(search(index, none.withFacet(Facet.LAYER, "method_failure")))).containsExactly("nk-s6-deep");
      assertThat(ids(search(index, none.withFacet(Facet.RECOMMENDED_ACTION, "change_method"))))
          .containsExactlyInAnyOrder("nk-002", "nk-s6-deep");
      assertThat(ids(search(index, none.withFacet(Facet.RECOMMENDED_ACTION, "change_method")
          .withFacet(Facet.RISK, "low_risk_omission")))).containsExactly("nk-002");
      assertThat(ids(search(index, none.withPolarity(Polarity.NEGATIVE).withDepth(1))))
          .containsExactlyInAnyOrder("nk-002", "nk-017");
      SearchQuery textAndFilter =
          SearchQuery.of("failure bore shap column").withFilters(none.withFacet(Facet.SCOPE, "local_failure"));
      assertThat(ids(index.search(textAndFilter))).containsExactlyInAnyOrder("nk-002", "nk-017");
    }
  }

  private static SearchResults search(SearchIndex index, SearchFilters filters) {
    return index.search(SearchQuery.all().withFilters(filters));
  }

  @Test
  void showsActiveEntriesUnlessAskedForOtherStatuses() {
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      feed.revise("nk-002", SHAP.replace("permutation_importance", "mutual_info_regression"), "better alternative");
      feed.retract("nk-017", "wrong column name");
      SearchResults active = index.search(SearchQuery.of("shap dataframe"));
      assertThat(active.hits()).extracting(h -> h.entry().id() + "@" + h.entry().revision())
          .containsExactly("nk-002@2");
      assertThat(active.hits().get(0).entry().reason()).isEqualTo("better alternative");

      SearchQuery all = SearchQuery.of("shap dataframe").withFilters(SearchFilters.activeOnly().withAnyStatus());
      assertThat(index.search(all).hits())
          .extracting(h -> h.entry().id() + "@" + h.entry().revision() + ":" + h.entry().status().wireName())
          .containsExactlyInAnyOrder(
              "nk-002@1:superseded", "nk-002@2:active", "nk-017@1:superseded", "nk-017@2:retracted");

      SearchQuery retracted =
          SearchQuery.of("dataframe").withFilters(SearchFilters.activeOnly().withStatuses(EnumSet.of(EntryStatus.RETRACTED)));
      assertThat(index.search(retracted).hits()).extracting(h -> h.entry().revision()).containsExactly(2);
    }
  }

  @Test
  void catchesUpOnReopenAfterACrashBetweenStoreAndIndexCommits() {
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      assertThat(index.appliedSequence()).isEqualTo(4);
    }
    // The store committed, the index never heard of it (the process died in between).
    feed.add("nk-late", "{\"task_id\": \"099\", \"attempted_route\": \"xgboost gpu_hist\","
        + " \"observation\": \"no CUDA device\", \"failure\": {\"layer\": \"implementation_failure\"},"
        + " \"rationale\": \"r\", \"recommended_alternative\": \"hist on cpu\"}");
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      assertThat(index.appliedSequence()).isEqualTo(5);
      assertThat(ids(index.search(SearchQuery.of("cuda")))).containsExactly("nk-late");
    }
  }

  @Test
  void searchCatchesUpWithNewWrites() {
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      assertThat(index.search(SearchQuery.of("gpu_hist")).hits()).isEmpty();
      feed.add("nk-late", "{\"task_id\": \"099\", \"attempted_route\": \"xgboost gpu_hist\"}");
      assertThat(ids(index.search(SearchQuery.of("gpu")))).containsExactly("nk-late");
      assertThat(index.appliedSequence()).isEqualTo(feed.lastSequence());
    }
  }

  @Test
  void rebuildWipesAndReappliesEverything() {
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      index.rebuild();
      assertThat(index.appliedSequence()).isEqualTo(4);
      assertThat(index.search(SearchQuery.all()).totalMatches()).isEqualTo(4);
    }
    // An index that is ahead of its feed belongs to another bank: it is rebuilt on open.
    FakeChangeFeed other = new FakeChangeFeed();
    other.add("only", "{\"task_id\": \"x\", \"attempted_route\": \"lonely route\"}");
    try (SearchIndex index = SearchIndex.open(dir, other)) {
      assertThat(ids(index.search(SearchQuery.all()))).containsExactly("only");
      assertThat(index.appliedSequence()).isEqualTo(1);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void writersWaitForTheLockAndReadersNever() throws Exception {
    SearchIndex reader = SearchIndex.open(dir, feed);
    SearchIndex slowWriter = SearchIndex.open(dir, feed);
    feed.add("nk-late", "{\"task_id\": \"099\", \"attempted_route\": \"xgboost gpu_hist\"}");
    feed.close();
    Thread t = new Thread(slowWriter::catchUp);
    t.start();
    feed.awaitReaderAtGate(); // slowWriter now holds the write lock

    // A reader answers from the committed state instead of waiting.
    assertThat(reader.search(SearchQuery.of("gpu")).hits()).isEmpty();
    assertThat(ids(reader.search(SearchQuery.of("shap")))).containsExactly("nk-002");

    // A writer with a short wait gives up with a clear message.
    assertThatThrownBy(() -> SearchIndex.open(dir, feed, Duration.ofMillis(100)))
        .isInstanceOf(IndexBusyException.class)
        .hasMessageContaining("busy")
        .hasMessageContaining("write lock");

    // A writer with a longer wait retries until the lock is free, then finds nothing left to do.
    AtomicReference<SearchIndex> patient = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread p = new Thread(() -> {
      try {
        patient.set(SearchIndex.open(dir, feed, Duration.ofSeconds(30)));
      } catch (Throwable e) {
        failure.set(e);
      }
    });
    p.start();
    Thread.sleep(200); // let it retry a few times
    feed.open();
    t.join();
    p.join();
    assertThat(failure.get()).isNull();
    try (SearchIndex idx = patient.get()) {
      assertThat(idx.appliedSequence()).isEqualTo(5);
      assertThat(ids(idx.search(SearchQuery.of("gpu")))).containsExactly("nk-late");
    }
    assertThat(ids(reader.search(SearchQuery.of("gpu")))).containsExactly("nk-late");
    reader.close();
    slowWriter.close();
  }
}
