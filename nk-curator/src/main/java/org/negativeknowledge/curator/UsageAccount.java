package org.negativeknowledge.curator;

import java.time.Duration;
import java.util.Objects;

/**
 * What one curation cost.
 *
 * @param inputTokens input tokens the model reported, summed over every call, cached or not
 * @param outputTokens output tokens the model reported, summed over every call
 * @param cacheWriteTokens the part of {@code inputTokens} written to the provider's prompt cache
 * @param cacheReadTokens the part of {@code inputTokens} read from the provider's prompt cache
 * @param modelCalls model round trips (requests that got an answer)
 * @param toolCalls tool calls the model made (including refused ones)
 * @param duration wall-clock time of the whole curation
 * @param stopReason the last stop reason the model gave ({@code "offline"} for the offline
 *     curator)
 */
public record UsageAccount(
    long inputTokens,
    long outputTokens,
    long cacheWriteTokens,
    long cacheReadTokens,
    int modelCalls,
    int toolCalls,
    Duration duration,
    String stopReason) {

  public UsageAccount {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(stopReason, "stopReason");
  }

  /** The account of a curation that used no model: zero tokens and calls, stop reason "offline". */
  public static UsageAccount none(Duration duration) {
    return new UsageAccount(0, 0, 0, 0, 0, 0, duration, "offline");
  }

  /** Input plus output tokens. */
  public long totalTokens() {
    return inputTokens + outputTokens;
  }
}
