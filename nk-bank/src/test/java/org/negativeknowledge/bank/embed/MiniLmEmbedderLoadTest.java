package org.negativeknowledge.bank.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** When and where {@link MiniLmEmbedder} loads its model (with a stand-in model: no ONNX here). */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class MiniLmEmbedderLoadTest {

  /** A model giving (3, 4) for every text. */
  private static final EmbeddingModel FIXED = new EmbeddingModel() {
    @Override
    public Response<Embedding> embed(String text) {
      return Response.from(Embedding.from(new float[] {3, 4}));
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      return Response.from(segments.stream().map(s -> Embedding.from(new float[] {3, 4})).toList());
    }
  };

  @Test
  void prepareLoadsOnABackgroundThreadOnceAndEmbeddingWaitsForIt() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    AtomicReference<String> loadingThread = new AtomicReference<>();
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    MiniLmEmbedder embedder = new MiniLmEmbedder(() -> {
      loads.incrementAndGet();
      loadingThread.set(Thread.currentThread().getName());
      loading.countDown();
      await(release);
      return new MiniLmLoader.Loaded(FIXED, MiniLmLoader.Source.CACHE, Optional.empty());
    });

    embedder.prepare();
    assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
    embedder.prepare(); // already loading: nothing more starts
    CompletableFuture<float[]> waiting = CompletableFuture.supplyAsync(() -> embedder.embed("while it loads"));
    Thread.sleep(100);
    assertThat(waiting).isNotDone();

    release.countDown();

    assertThat(waiting.get(10, TimeUnit.SECONDS)).containsExactly(0.6f, 0.8f);
    assertThat(embedder.embedAll(List.of("a", "b"))).hasSize(2);
    assertThat(loads.get()).isEqualTo(1);
    assertThat(loadingThread.get()).isEqualTo("nk-embedding-model-load");
    assertThat(embedder.source()).isEqualTo(MiniLmLoader.Source.CACHE);
  }

  @Test
  void withoutPrepareTheFirstCallLoadsInItsOwnThread() {
    AtomicReference<Thread> loadingThread = new AtomicReference<>();
    MiniLmEmbedder embedder = new MiniLmEmbedder(() -> {
      loadingThread.set(Thread.currentThread());
      return new MiniLmLoader.Loaded(FIXED, MiniLmLoader.Source.JAR, Optional.of("no cache folder"));
    });

    assertThat(embedder.embed("now")).containsExactly(0.6f, 0.8f);
    assertThat(loadingThread.get()).isSameAs(Thread.currentThread());
    assertThat(embedder.cacheProblem()).contains("no cache folder");
    embedder.prepare(); // loaded already: no thread
  }

  @Test
  void awaitingThePreparationReturnsOnceTheBackgroundLoadHasEndedAndAtOnceWithoutOne() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    MiniLmEmbedder embedder = new MiniLmEmbedder(() -> {
      await(release);
      loads.incrementAndGet();
      throw new IllegalStateException("the load failed");
    });
    embedder.awaitPrepared(); // nothing started: returns at once, loads nothing
    assertThat(loads.get()).isZero();

    embedder.prepare();
    CompletableFuture<Void> settled = CompletableFuture.runAsync(embedder::awaitPrepared);
    Thread.sleep(100);
    assertThat(settled).isNotDone();
    release.countDown();

    settled.get(10, TimeUnit.SECONDS); // a failed load ends the wait too, without throwing
    assertThat(loads.get()).isEqualTo(1);
  }

  @Test
  void aFailedLoadIsReportedToEveryCaller() {
    AtomicInteger loads = new AtomicInteger();
    MiniLmEmbedder embedder = new MiniLmEmbedder(() -> {
      loads.incrementAndGet();
      throw new IllegalStateException("no ONNX Runtime for this platform");
    });
    embedder.prepare();

    assertThatThrownBy(() -> embedder.embed("x")).hasMessageContaining("no ONNX Runtime for this platform");
    assertThatThrownBy(() -> embedder.embed("y")).hasMessageContaining("no ONNX Runtime for this platform");
    assertThat(loads.get()).isEqualTo(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
