package org.negativeknowledge.curator.model;

/**
 * A chat model that can call tools, behind the curator's own request and response types. The
 * curator loop talks to a model only through this interface; {@code
 * org.negativeknowledge.curator.anthropic.AnthropicModelClient} implements it over the Anthropic
 * SDK, and another provider is one more implementation.
 *
 * <p>Implementations must be thread-safe: one client may serve several curations at once.
 */
public interface ModelClient extends AutoCloseable {

  /** The model id requests go to (an alias already resolved). */
  String model();

  /**
   * Sends one request and returns the model's answer. The client adds the model id and its
   * output-token limit; it retries what is safe to retry (rate limits, overload, a connection that
   * failed before any answer).
   *
   * @throws ModelCallException when the call fails after the client's retries, or when the answer
   *     cannot be read or is larger than the client accepts ({@link ModelAnswerTooLargeException})
   */
  ModelResponse send(ModelRequest request);

  /** Releases connections; the default does nothing. */
  @Override
  default void close() {}
}
