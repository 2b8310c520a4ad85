package org.negativeknowledge.curator.llm;

import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;

/**
 * Sends one Messages API request and returns the answer. The curator loop talks to the model only
 * through this interface; {@link org.negativeknowledge.curator.anthropic.AnthropicModelClient} is
 * the implementation over the official SDK.
 */
public interface ModelClient extends AutoCloseable {

  /** The model id requests go to (an alias already resolved). */
  String model();

  /**
   * Sends {@code params} (whose model the client sets) and returns the model's message.
   *
   * @throws org.negativeknowledge.curator.CuratorException (a {@code ModelCallException}) when the
   *     call fails after the client's retries
   */
  Message send(MessageCreateParams.Builder params);

  /** Releases connections; the default does nothing. */
  @Override
  default void close() {}
}
