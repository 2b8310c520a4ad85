package org.negativeknowledge.curator.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.negativeknowledge.record.NkJson;

/**
 * One answer of the {@link FakeMessagesServer}: an assistant message (text and tool_use blocks) or
 * an HTTP error, optionally delayed and with extra headers. Immutable; the {@code with*} and {@code
 * and*} methods return copies.
 */
public final class FakeReply {
  private final int status;
  private final ArrayNode content;
  private final String stopReason;
  private final String errorType;
  private final Duration delay;
  private final Map<String, String> headers;

  private FakeReply(int status, ArrayNode content, String stopReason, String errorType, Duration delay, Map<String, String> headers) {
    this.status = status;
    this.content = content;
    this.stopReason = stopReason;
    this.errorType = errorType;
    this.delay = delay;
    this.headers = Map.copyOf(headers);
  }

  /** A message with one tool_use block. */
  public static FakeReply toolUse(String name, JsonNode input) {
    return new FakeReply(200, NkJson.mapper().createArrayNode(), "tool_use", null, Duration.ZERO, Map.of())
        .andToolUse(name, input);
  }

  /** A message with one text block and stop reason end_turn. */
  public static FakeReply text(String text) {
    ArrayNode c = NkJson.mapper().createArrayNode();
    c.addObject().put("type", "text").put("text", text);
    return new FakeReply(200, c, "end_turn", null, Duration.ZERO, Map.of());
  }

  /** An HTTP error answer with the API's error body ({@code rate_limit_error}, {@code overloaded_error}, ...). */
  public static FakeReply error(int status, String errorType) {
    return new FakeReply(status, null, null, errorType, Duration.ZERO, Map.of());
  }

  /** A copy with one more tool_use block. */
  public FakeReply andToolUse(String name, JsonNode input) {
    ArrayNode c = content.deepCopy();
    c.addObject().put("type", "tool_use").put("id", "toolu_" + Integer.toHexString(System.identityHashCode(c)) + "_" + c.size())
        .put("name", name).set("input", input);
    return new FakeReply(status, c, "tool_use", errorType, delay, headers);
  }

  /** A copy answered only after {@code d}. */
  public FakeReply withDelay(Duration d) {
    return new FakeReply(status, content, stopReason, errorType, d, headers);
  }

  /** A copy with one more response header. */
  public FakeReply withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new FakeReply(status, content, stopReason, errorType, delay, h);
  }

  int status() {
    return status;
  }

  Duration delay() {
    return delay;
  }

  Map<String, String> headers() {
    return headers;
  }

  /** The response body; usage counts (uncached input, output, cache write, cache read) are filled by the server. */
  ObjectNode body(long inputTokens, long outputTokens, long cacheWriteTokens, long cacheReadTokens) {
    ObjectNode b = NkJson.mapper().createObjectNode();
    if (status != 200) {
      b.put("type", "error");
      b.putObject("error").put("type", errorType).put("message", "fake " + errorType + " (HTTP " + status + ")");
      return b;
    }
    b.put("id", "msg_fake");
    b.put("type", "message");
    b.put("role", "assistant");
    b.put("model", "fake-model");
    b.set("content", content.deepCopy());
    b.put("stop_reason", stopReason);
    b.putNull("stop_sequence");
    b.putObject("usage").put("input_tokens", inputTokens).put("output_tokens", outputTokens)
        .put("cache_creation_input_tokens", cacheWriteTokens).put("cache_read_input_tokens", cacheReadTokens);
    return b;
  }

  /** The content blocks as JSON text (what the fake counts as output tokens). */
  String contentText() {
    return content == null ? "" : content.toString();
  }
}
