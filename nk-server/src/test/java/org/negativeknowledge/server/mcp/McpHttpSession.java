package org.negativeknowledge.server.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.negativeknowledge.record.NkJson;

/**
 * A raw MCP Streamable HTTP session for the tests: JSON-RPC text in, the HTTP answer and the
 * JSON-RPC message it carries (from a JSON body or from the {@code data:} line of an event stream).
 */
final class McpHttpSession {
  static final String VERSION = "2025-06-18";
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(10)).build();
  private final String url;
  private String sessionId;

  McpHttpSession(String baseUrl) {
    this.url = baseUrl + "/mcp";
  }

  /** An HTTP answer and the JSON-RPC message in it (null when there is none). */
  record Reply(int status, String body, ObjectNode message) {}

  /** Initialises the session (initialize, then notifications/initialized). */
  McpHttpSession open() {
    HttpResponse<String> r = send("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
        + VERSION + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}", null);
    sessionId = r.headers().firstValue("Mcp-Session-Id").orElseThrow(() -> new IllegalStateException(r.body()));
    send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", null);
    return this;
  }

  String sessionId() {
    return sessionId;
  }

  /** Posts one message in the session. */
  Reply post(String json) {
    HttpResponse<String> r = send(json, null);
    return new Reply(r.statusCode(), r.body(), message(r.body()));
  }

  /** Posts one message with an extra header. */
  Reply post(String json, String header, String value) {
    HttpResponse<String> r = send(json, new String[] {header, value});
    return new Reply(r.statusCode(), r.body(), message(r.body()));
  }

  private HttpResponse<String> send(String json, String[] extra) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (sessionId != null) {
      b.header("Mcp-Session-Id", sessionId).header("MCP-Protocol-Version", VERSION);
    }
    if (extra != null) {
      b.setHeader(extra[0], extra[1]);
    }
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static ObjectNode message(String body) {
    String b = body.strip();
    if (b.startsWith("{")) {
      return NkJson.parseObject(b);
    }
    for (String line : b.split("\n")) {
      if (line.startsWith("data:")) {
        return NkJson.parseObject(line.substring(5).strip());
      }
    }
    return null;
  }
}
