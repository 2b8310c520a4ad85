package org.negativeknowledge.bank.embed;

import java.util.Objects;
import java.util.OptionalDouble;
import org.negativeknowledge.bank.route.RouteEmbedding;

/**
 * The dead-end matcher's meaning measure ({@link RouteEmbedding}) from a sentence embedder: the
 * cosine similarity of the two descriptions' vectors, negative values counted as 0.
 */
public final class EmbeddingRouteSimilarity implements RouteEmbedding {

  private final TextEmbedder embedder;

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
    return OptionalDouble.of(Math.max(0, TextEmbedder.cosine(embedder.embed(a), embedder.embed(b))));
  }
}
