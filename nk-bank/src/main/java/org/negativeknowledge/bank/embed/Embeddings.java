package org.negativeknowledge.bank.embed;

import java.util.Locale;
import java.util.Optional;
import org.negativeknowledge.bank.route.RouteMatcher;

/**
 * The setting that turns the embedding model on or off: the system property {@value #PROPERTY},
 * else the environment variable {@value #ENV}, with the values {@code on} (the default: {@link
 * MiniLmEmbedder}) or {@code off} (BM25 alone, and the dead-end check by parsed changes alone).
 * Anything else is refused with a message naming the setting.
 */
public final class Embeddings {

  /** The system property. */
  public static final String PROPERTY = "nk.embeddings";

  /** The environment variable. */
  public static final String ENV = "NK_EMBEDDINGS";

  /**
   * The system property that turns the embedding model off or on for the dead-end check ({@link
   * RouteMatcher}) alone: {@code off} matches parsed changes only, {@code on} uses the model; unset,
   * the check follows the model's setting ({@value #PROPERTY} / {@value #ENV}, on by default). The model only judges changes
   * that structure does not tell apart (see {@link RouteMatcher}).
   */
  public static final String ROUTE_PROPERTY = "nk.route-embeddings";

  private Embeddings() {}

  /**
   * The dead-end matcher the settings ask for: with the model unless it is off for routes or
   * everywhere. Each call gives a matcher with its own cache of vectors: use one for a whole check.
   */
  public static RouteMatcher routeMatcher() {
    String v = System.getProperty(ROUTE_PROPERTY);
    Optional<TextEmbedder> model = v == null || v.isBlank() ? configured() : parse(v, "-D" + ROUTE_PROPERTY);
    return model.map(m -> RouteMatcher.standard().withEmbedding(EmbeddingRouteSimilarity.of(m))).orElse(RouteMatcher.standard());
  }

  /** The embedder the setting asks for, or empty when it is off. */
  public static Optional<TextEmbedder> configured() {
    String v = System.getProperty(PROPERTY);
    String source = "-D" + PROPERTY;
    if (v == null) {
      v = System.getenv(ENV);
      source = ENV;
    }
    return parse(v, source);
  }

  /**
   * The embedder a setting value asks for.
   *
   * @param value {@code on}, {@code off}, or null for the default (on)
   * @param source where the value came from, for the error message
   * @throws IllegalArgumentException for any other value
   */
  public static Optional<TextEmbedder> parse(String value, String source) {
    if (value == null || value.isBlank()) {
      return Optional.of(MiniLmEmbedder.shared());
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "on", "true", "1" -> Optional.of(MiniLmEmbedder.shared());
      case "off", "false", "0" -> Optional.empty();
      default -> throw new IllegalArgumentException(
          source + "=" + value + " is not a setting of the embedding model (use on or off)");
    };
  }
}
