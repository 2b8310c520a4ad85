package org.negativeknowledge.bank.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.Locale;
import org.negativeknowledge.bank.embed.MiniLmLoader;
import org.negativeknowledge.bank.embed.ResourceCache;

/**
 * One cold load of the embedding model in this JVM, timed in process, the way it is asked for:
 * {@code jar} is langchain4j's own loader ({@link AllMiniLmL6V2QuantizedEmbeddingModel}: the 23 MB
 * model inflated from the jar into memory, ONNX Runtime's library copied to a new temporary folder,
 * DJL's usage report on), what {@code MiniLmEmbedder} did before the resource cache; {@code cache}
 * is {@link MiniLmLoader#load} through the cache in {@code CACHE_DIR} (the files opened by path,
 * the native library from the cache, the tokenizer's library loaded alongside, no usage report).
 * A fresh JVM per call makes every load cold; {@code bench/model-load.sh} alternates the two.
 *
 * <p>Prints one line: {@code MODE LOAD_MS FIRST_EMBED_MS SOURCE}.
 *
 * <p>Usage: {@code ModelLoadBench jar|cache CACHE_DIR}.
 */
public final class ModelLoadBench {

  private static final String TEXT = "IMEX-CN spectral for swept KdV with a bore";

  private ModelLoadBench() {}

  public static void main(String[] args) {
    if (args.length != 2 || !(args[0].equals("jar") || args[0].equals("cache"))) {
      System.err.println("usage: ModelLoadBench jar|cache CACHE_DIR");
      System.exit(2);
    }
    long start = System.nanoTime();
    EmbeddingModel model;
    String source;
    if (args[0].equals("jar")) {
      model = new AllMiniLmL6V2QuantizedEmbeddingModel(); // the class's initialisation loads the model
      source = "JAR";
    } else {
      MiniLmLoader.Loaded loaded = MiniLmLoader.load(ResourceCache.in(Path.of(args[1])));
      model = loaded.model();
      source = loaded.source() + loaded.cacheProblem().map(p -> " (" + p + ")").orElse("");
    }
    double loadMs = (System.nanoTime() - start) / 1e6;
    long t = System.nanoTime();
    float[] v = model.embed(TEXT).content().vector();
    double embedMs = (System.nanoTime() - t) / 1e6;
    if (v.length != 384) {
      throw new IllegalStateException("the model gave " + v.length + " dimensions");
    }
    System.out.println(String.format(Locale.ROOT, "%s %.0f %.1f %s", args[0], loadMs, embedMs, source));
  }
}
