package org.negativeknowledge.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.server.ServerFixture;
import org.negativeknowledge.server.ServerSettings;

/**
 * MCP over Streamable HTTP under load and under bad input: every reply of many concurrent calls
 * arrives (error replies included), and every refusal is a JSON-RPC error, never a serialised Java
 * exception.
 */
@Tag("security")
class McpHttpRobustnessTest {
  @TempDir Path dir;
  ServerFixture fx;
  McpHttpSession session;

  @BeforeEach
  void start() {
    fx = ServerFixture.sqlite(dir, ServerSettings.loopback(0));
    session = new McpHttpSession(fx.server.baseUrl()).open();
  }

  @AfterEach
  void stop() {
    fx.close();
  }

  @Test
  void everyReplyOfManyConcurrentCallsArrives() throws Exception {
    int calls = 400;
    Map<Integer, McpHttpSession.Reply> replies = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(40);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 1; i <= calls; i++) {
        int id = i;
        String json = id % 2 == 0
            ? "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"resources/read\",\"params\":{\"uri\":\"nk://entry/none-" + id + "\"}}"
            : "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"nk_check_route\","
                + "\"arguments\":{\"route\":\"train_test_split " + id + "\"}}}";
        fs.add(pool.submit(() -> replies.put(id, session.post(json))));
      }
      for (Future<?> f : fs) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    List<Integer> lost = new ArrayList<>();
    for (int id = 1; id <= calls; id++) {
      ObjectNode m = replies.get(id).message();
      if (m == null || m.path("id").asInt() != id) {
        lost.add(id);
      } else if (id % 2 == 0) {
        assertThat(m.path("error").path("code").asInt()).as("reply %d", id).isEqualTo(-32002);
      } else {
        assertThat(m.path("result").path("isError").asBoolean()).as("reply %d", id).isFalse();
      }
    }
    assertThat(lost).as("requests without their reply").isEmpty();
    assertThat(session.post("{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"method\":\"ping\"}").message().has("result")).isTrue();
  }

  @Test
  void badMessagesGetJsonRpcErrorsNotJavaExceptions() {
    assertError(session.post("this is not json"), 400, -32700);
    assertError(session.post("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]"), 400, -32600);
    assertError(session.post("{\"hello\":1}"), 400, -32600);
    McpHttpSession.Reply args = session.post(
        "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"nk_get\",\"arguments\":[1,2]}}");
    assertError(args, 200, -32602);
    assertThat(args.message().path("id").asInt()).isEqualTo(7);
    McpHttpSession.Reply unknownSession = session.post("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"ping\"}",
        "Mcp-Session-Id", "no-such-session");
    assertThat(unknownSession.status()).isEqualTo(404);
    assertThat(unknownSession.body()).doesNotContain("stackTrace").doesNotContain("Exception");
    McpHttpSession.Reply noAccept = session.post("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}", "Accept", "text/html");
    assertError(noAccept, 400, -32601);
    McpHttpSession.Reply unknownEntry = session.post(
        "{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"resources/read\",\"params\":{\"uri\":\"nk://entry/nope\"}}");
    assertThat(unknownEntry.message().path("error").path("code").asInt()).isEqualTo(-32002);
    assertThat(unknownEntry.message().path("error").path("message").asText()).contains("nope");
  }

  @Test
  void anUnknownProtocolVersionIs400() {
    McpHttpSession.Reply r = session.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", "MCP-Protocol-Version", "1999-01-01");
    assertError(r, 400, -32600);
    assertThat(r.message().path("error").path("message").asText()).contains("1999-01-01").contains(McpHttpSession.VERSION);
  }

  @Test
  void theEventStreamSendsItsHeadersAtOnce() throws Exception {
    int port = fx.server.port();
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      s.setSoTimeout(5000);
      s.getOutputStream().write(("GET /mcp HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/event-stream\r\n"
          + "Mcp-Session-Id: " + session.sessionId() + "\r\nMCP-Protocol-Version: " + McpHttpSession.VERSION
          + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().flush();
      InputStream in = s.getInputStream();
      StringBuilder head = new StringBuilder();
      while (!head.toString().endsWith("\r\n\r\n")) {
        int c = in.read();
        assertThat(c).as("headers so far: " + head).isNotNegative();
        head.append((char) c);
      }
      assertThat(head.toString()).startsWith("HTTP/1.1 200").containsIgnoringCase("Content-Type: text/event-stream");
    }
  }

  /**
   * An idle event stream gets a keep-alive comment (every 15 s): clients on Node's fetch (the
   * TypeScript SDK, MCP Inspector, Claude Code) dropped a stream silent for 300 s and reported
   * "SSE stream disconnected: TypeError: terminated".
   */
  @Test
  void anIdleEventStreamGetsKeepAliveComments() throws Exception {
    int port = fx.server.port();
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      s.setSoTimeout(45_000);
      s.getOutputStream().write(("GET /mcp HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/event-stream\r\n"
          + "Mcp-Session-Id: " + session.sessionId() + "\r\nMCP-Protocol-Version: " + McpHttpSession.VERSION
          + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().flush();
      InputStream in = s.getInputStream();
      StringBuilder seen = new StringBuilder();
      while (!seen.toString().contains(": keep-alive\n")) {
        int c = in.read();
        assertThat(c).as("the stream so far: " + seen).isNotNegative();
        seen.append((char) c);
      }
    }
  }

  /**
   * The server keeps no event history, so its event streams must not carry SSE {@code id} fields:
   * the TypeScript SDK client (1.32) takes an {@code id} as an offer to resume and, after every
   * error reply, reopened the stream with {@code Last-Event-ID}; its two listening streams then
   * replaced each other about once a second for the rest of the session.
   */
  @Test
  void eventStreamsCarryNoEventIds() {
    McpHttpSession.Reply ok = session.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":"
        + "{\"name\":\"nk_check_route\",\"arguments\":{\"route\":\"grid search\"}}}");
    McpHttpSession.Reply failed = session.post(
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"resources/read\",\"params\":{\"uri\":\"nk://entry/nope\"}}");
    for (McpHttpSession.Reply r : List.of(ok, failed)) {
      assertThat(r.body()).as("an event stream").contains("data: ");
      assertThat(r.body().lines().filter(l -> l.startsWith("id:") || l.equals("id"))).as(r.body()).isEmpty();
    }
    assertThat(ok.message().path("id").asInt()).isEqualTo(1);
    assertThat(failed.message().path("error").path("code").asInt()).isEqualTo(-32002);
  }

  private static void assertError(McpHttpSession.Reply r, int status, int code) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.body()).doesNotContain("stackTrace").doesNotContain("Exception").doesNotContain(".java");
    assertThat(r.message()).as(r.body()).isNotNull();
    assertThat(r.message().path("jsonrpc").asText()).isEqualTo("2.0");
    assertThat(r.message().path("error").path("code").asInt()).as(r.body()).isEqualTo(code);
    assertThat(r.message().path("error").path("message").asText()).isNotBlank();
  }
}
