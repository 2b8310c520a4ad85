package org.negativeknowledge.curator.model;

/**
 * The tokens a provider counted for one call.
 *
 * @param inputTokens input tokens processed without the cache
 * @param outputTokens output tokens
 * @param cacheWriteTokens input tokens written to the prompt cache (0 without caching)
 * @param cacheReadTokens input tokens read from the prompt cache (0 without caching)
 */
public record TokenUsage(long inputTokens, long outputTokens, long cacheWriteTokens, long cacheReadTokens) {

  public TokenUsage {
    if (inputTokens < 0 || outputTokens < 0 || cacheWriteTokens < 0 || cacheReadTokens < 0) {
      throw new IllegalArgumentException("token counts must be >= 0");
    }
  }

  /** Every input token of the call, cached or not. */
  public long allInputTokens() {
    return inputTokens + cacheWriteTokens + cacheReadTokens;
  }
}
