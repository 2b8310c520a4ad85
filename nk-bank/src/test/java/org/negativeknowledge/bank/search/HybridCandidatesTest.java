package org.negativeknowledge.bank.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.embed.ConceptEmbedder;
import org.negativeknowledge.bank.embed.TextEmbedder;

class HybridCandidatesTest {
  @TempDir Path dir;
  FakeChangeFeed feed;
  final TextEmbedder embedder = new ConceptEmbedder(Map.of("cn", "cranknicolson", "crank", "cranknicolson",
      "nicolson", "cranknicolson", "implicit", "cranknicolson"));

  @BeforeEach
  void seed() {
    feed = new FakeChangeFeed();
    feed.add("kb-a1", "{\"id\":\"kb-a1\",\"kind\":\"positive\",\"domain\":\"kdv\",\"claim\":\"Crank Nicolson on the dispersive term is stable\"}");
    feed.add("kb-muscl", "{\"id\":\"kb-muscl\",\"kind\":\"positive\",\"domain\":\"burgers\",\"claim\":\"MUSCL Godunov limiter captures the bore\"}");
    for (int i = 0; i < 20; i++) {
      feed.add("kb-filler-" + i, "{\"id\":\"kb-filler-" + i + "\",\"kind\":\"negative\",\"domain\":\"tabular\","
          + "\"claim\":\"pandas groupby step " + i + " dropped the price column\"}");
    }
  }

  @Test
  void theDenseRankingFindsWhatBm25CannotAndFusesBothByRank() {
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      assertThat(index.embedPending(embedder, Integer.MAX_VALUE, Duration.ZERO)).isZero();
      CandidateQuery q = CandidateQuery.of("CN integration");

      assertThat(index.candidates(q)).extracting(c -> c.entry().id()).doesNotContain("kb-a1");
      List<Candidate> hybrid = index.candidates(q.withVector(embedder.embed("CN integration")));

      assertThat(hybrid.get(0).entry().id()).isEqualTo("kb-a1");
      assertThat(hybrid.get(0).denseRank()).isEqualTo(1);
      assertThat(hybrid.get(0).bm25Rank()).isZero();
      assertThat(hybrid.get(0).headline()).startsWith("[kb-a1] positive | kdv");
    }
  }

  @Test
  void aPreferredDomainRanksItsEntriesFirstAmongEqualsAndAFilterKeepsOnlyThem() {
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      CandidateQuery q = CandidateQuery.of("bore dispersive claim");
      assertThat(index.candidates(q.withPreferredDomain("BURGERS")).get(0).entry().id()).isEqualTo("kb-muscl");
      assertThat(index.candidates(q.withPreferredDomain("kdv")).get(0).entry().id()).isEqualTo("kb-a1");
      assertThat(index.candidates(q.withFilters(SearchFilters.activeOnly().withDomain("kdv"))))
          .extracting(c -> c.entry().id()).containsExactly("kb-a1");
    }
  }

  @Test
  void entriesIndexedLaterWaitForTheirVectorAndTheAppliedChangeSurvivesTheVectorPass() {
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      index.embedPending(embedder, Integer.MAX_VALUE, Duration.ZERO);
      long applied = index.appliedSequence();
      feed.add("kb-late", "{\"id\":\"kb-late\",\"kind\":\"positive\",\"claim\":\"implicit scheme for stiff dispersion\"}");
      float[] v = embedder.embed("CN scheme");

      assertThat(index.candidates(CandidateQuery.of("zzz").withVector(v))).extracting(c -> c.entry().id())
          .doesNotContain("kb-late");
      assertThat(index.embedPending(embedder, Integer.MAX_VALUE, Duration.ZERO)).isZero();
      assertThat(index.candidates(CandidateQuery.of("zzz").withVector(v))).extracting(c -> c.entry().id())
          .contains("kb-late");
      assertThat(index.appliedSequence()).isEqualTo(applied + 1);
    }
    try (SearchIndex reopened = SearchIndex.open(dir, feed)) {
      assertThat(reopened.candidates(CandidateQuery.of("zzz").withVector(embedder.embed("CN scheme"))))
          .extracting(c -> c.entry().id()).contains("kb-late", "kb-a1");
    }
  }

  @Test
  void withNoVectorPendingTheVectorPassTakesNoWriterAndDoesNotCallTheModel() throws Exception {
    AtomicInteger embedded = new AtomicInteger();
    TextEmbedder counting = new TextEmbedder() {
      @Override
      public float[] embed(String text) {
        embedded.incrementAndGet();
        return embedder.embed(text);
      }

      @Override
      public int dimensions() {
        return embedder.dimensions();
      }

      @Override
      public String model() {
        return embedder.model();
      }
    };
    try (SearchIndex index = SearchIndex.open(dir, feed, Duration.ofMillis(200))) {
      assertThat(index.embedPending(counting, Integer.MAX_VALUE, Duration.ZERO)).isZero();
      int afterFirstPass = embedded.get();
      assertThat(afterFirstPass).isEqualTo(22);

      try (Directory d = FSDirectory.open(dir); Lock held = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
        // nothing pending: answered from the reader, though another writer holds the lock
        assertThat(index.embedPending(counting, Integer.MAX_VALUE, Duration.ZERO)).isZero();
        assertThat(embedded.get()).isEqualTo(afterFirstPass);

        // something pending: the pass needs the writer, and says so when it cannot have it
        feed.add("kb-late", "{\"id\":\"kb-late\",\"kind\":\"positive\",\"claim\":\"implicit scheme\"}");
        held.close();
        index.catchUp();
        try (Lock again = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
          assertThatThrownBy(() -> index.embedPending(counting, Integer.MAX_VALUE, Duration.ZERO))
              .isInstanceOf(IndexBusyException.class);
        }
      }
      assertThat(index.embedPending(counting, Integer.MAX_VALUE, Duration.ZERO)).isZero();
      assertThat(embedded.get()).isEqualTo(afterFirstPass + 1);
    }
  }

  @Test
  void aLongQueryKeepsItsRarestTermsInsteadOfItsFirstOnes() {
    StringBuilder common = new StringBuilder();
    for (int i = 0; i < 70; i++) {
      common.append("common").append((char) ('a' + i / 26)).append((char) ('a' + i % 26)).append(' ');
    }
    for (int i = 0; i < 3; i++) {
      feed.add("kb-c" + i, "{\"id\":\"kb-c" + i + "\",\"kind\":\"negative\",\"claim\":\"" + common + "\"}");
    }
    feed.add("kb-rare", "{\"id\":\"kb-rare\",\"kind\":\"negative\",\"claim\":\"zygomorphic hyperviscosity\"}");
    try (SearchIndex index = SearchIndex.open(dir, feed)) {
      String query = common + "zygomorphic";

      assertThat(index.search(SearchQuery.of(query)).hits()).extracting(h -> h.entry().id()).contains("kb-rare");
      assertThat(index.candidates(CandidateQuery.of(query))).extracting(c -> c.entry().id()).contains("kb-rare");
    }
  }
}
