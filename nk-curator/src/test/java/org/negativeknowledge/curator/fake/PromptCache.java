package org.negativeknowledge.curator.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.negativeknowledge.record.NkJson;

/**
 * A model of the Messages API's prompt cache for the fake server: a block carrying {@code
 * cache_control} writes the prompt up to and including it (tools, then messages) to the cache; a
 * later request whose prompt starts with a cached prefix reads it. Prefixes are compared at every
 * block boundary, so a breakpoint that moves to the end of a growing conversation hits the prefix
 * the previous request wrote. Prefixes shorter than {@link #MIN_TOKENS} are not cached, as with the
 * real API. Token counts are cl100k_base counts of the prefix's JSON.
 */
final class PromptCache {

  /** The shortest prefix the real API caches (Sonnet models). */
  static final int MIN_TOKENS = 1024;

  /** How one request's input tokens split. */
  record Split(long uncached, long written, long read) {}

  private final Map<String, Long> cached = new HashMap<>();

  synchronized Split account(JsonNode request, long totalTokens) {
    MessageDigest digest = sha256();
    StringBuilder prefix = new StringBuilder();
    prefix.append(strip(request.path("tools")));
    digest.update(prefix.toString().getBytes(StandardCharsets.UTF_8));
    long read = 0;
    long writeUpTo = 0;
    for (JsonNode m : request.path("messages")) {
      JsonNode content = m.path("content");
      Iterable<JsonNode> blocks = content.isArray() ? content : java.util.List.of(content);
      for (JsonNode block : blocks) {
        String part = m.path("role").asText() + ":" + strip(block);
        prefix.append(part);
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        String key = HexFormat.of().formatHex(clone(digest).digest());
        Long hit = cached.get(key);
        if (hit != null) {
          read = Math.max(read, hit);
        }
        if (block.has("cache_control")) {
          long tokens = FakeMessagesServer.tokens(prefix.toString());
          if (tokens >= MIN_TOKENS) {
            cached.putIfAbsent(key, tokens);
            writeUpTo = Math.max(writeUpTo, tokens);
          }
        }
      }
    }
    long written = Math.max(0, writeUpTo - read);
    return new Split(Math.max(0, totalTokens - read - written), written, read);
  }

  private static String strip(JsonNode node) {
    JsonNode copy = node.deepCopy();
    if (copy instanceof ObjectNode o) {
      o.remove("cache_control");
    }
    if (copy.isArray()) {
      copy.forEach(n -> {
        if (n instanceof ObjectNode o) {
          o.remove("cache_control");
        }
      });
    }
    return NkJson.compact(copy);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MessageDigest clone(MessageDigest d) {
    try {
      return (MessageDigest) d.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }
}
