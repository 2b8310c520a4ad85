package org.negativeknowledge.bank.embed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.negativeknowledge.bank.route.RouteEmbedding;

/**
 * The dead-end matcher's meaning measure ({@link RouteEmbedding}) from a sentence embedder: the
 * cosine similarity of the two descriptions' vectors, negative values counted as 0. The matcher asks
 * about the same few descriptions over and over (one proposed route against many ruled-out ones),
 * so the last {@value #CACHED} vectors are kept. Thread-safe.
 */
public final class EmbeddingRouteSimilarity implements RouteEmbedding {

  private static final int CACHED = 4096;

  private final TextEmbedder embedder;
  private final Map<String, float[]> recent = new LinkedHashMap<>(256, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > CACHED;
    }
  };

  private EmbeddingRouteSimilarity(TextEmbedder embedder) {
    this.embedder = embedder;
  }

  /** The measure over {@code embedder}. */
  public static EmbeddingRouteSimilarity of(TextEmbedder embedder) {
    return new EmbeddingRouteSimilarity(Objects.requireNonNull(embedder, "embedder"));
  }

  @Override
  public OptionalDouble similarity(String a, String b) {
    if (a == null || b == null || a.isBlank() || b.isBlank()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.max(0, TextEmbedder.cosine(vector(a), vector(b))));
  }

  private float[] vector(String text) {
    synchronized (recent) {
      float[] v = recent.get(text);
      if (v != null) {
        return v;
      }
    }
    float[] v = embedder.embed(text);
    synchronized (recent) {
      recent.put(text, v);
    }
    return v;
  }
}
