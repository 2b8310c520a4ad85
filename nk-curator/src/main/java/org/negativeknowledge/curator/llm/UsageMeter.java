package org.negativeknowledge.curator.llm;

import java.time.Duration;
import org.negativeknowledge.curator.UsageAccount;
import org.negativeknowledge.curator.model.ModelResponse;

/** Sums what the model reported over one curation. Not thread-safe. */
final class UsageMeter {
  private long input;
  private long output;
  private long cacheWrite;
  private long cacheRead;
  private int calls;
  private int toolCalls;
  private String stopReason = "none";

  void add(ModelResponse r) {
    calls++;
    input += r.usage().allInputTokens();
    output += r.usage().outputTokens();
    cacheWrite += r.usage().cacheWriteTokens();
    cacheRead += r.usage().cacheReadTokens();
    stopReason = r.stopReason().wireName();
  }

  void toolCall() {
    toolCalls++;
  }

  UsageAccount account(Duration d) {
    return new UsageAccount(input, output, cacheWrite, cacheRead, calls, toolCalls, d, stopReason);
  }
}
