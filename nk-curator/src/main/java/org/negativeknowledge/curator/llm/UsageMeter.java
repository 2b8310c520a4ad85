package org.negativeknowledge.curator.llm;

import com.anthropic.models.messages.Message;
import java.time.Duration;
import org.negativeknowledge.curator.UsageAccount;

/** Sums what the model reported over one curation. Not thread-safe. */
final class UsageMeter {
  private long input;
  private long output;
  private int calls;
  private int toolCalls;
  private String stopReason = "none";

  void add(Message m) {
    calls++;
    input += m.usage().inputTokens();
    output += m.usage().outputTokens();
    stopReason = m.stopReason().map(s -> s.asString()).orElse("none");
  }

  void toolCall() {
    toolCalls++;
  }

  UsageAccount account(Duration d) {
    return new UsageAccount(input, output, calls, toolCalls, d, stopReason);
  }
}
