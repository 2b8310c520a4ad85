package org.negativeknowledge.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.server.SampleRecords;

/**
 * The stdio server as a real process under what MCP clients do: many concurrent calls in one
 * session (Claude Code calls tools in parallel), lines that are not JSON-RPC, an unknown resource,
 * and the end of input.
 */
class McpStdioRobustnessTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  @TempDir Path dir;
  Path bank;

  @BeforeEach
  void bank() {
    bank = dir.resolve("bank.db");
    try (Bank b = Bank.open(bank.toString())) {
      assertThat(b.importRecords(List.copyOf(SampleRecords.all()), "samples", ImportOptions.defaults()).rejected()).isZero();
    }
  }

  @Test
  void manyConcurrentCallsAreAllAnsweredAndPingStillWorks() throws Exception {
    int calls = 300;
    try (StdioProcess p = StdioProcess.serverMain(bank, dir.resolve("stderr.txt"))) {
      p.initialize();
      for (int burst = 0; burst < 3; burst++) {
        int first = burst * calls + 1;
        StringBuilder lines = new StringBuilder();
        for (int id = first; id < first + calls; id++) {
          lines.append(id % 3 == 0
              ? "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"resources/read\",\"params\":{\"uri\":\"nk://entry/none-" + id + "\"}}"
              : "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"nk_check_route\","
                  + "\"arguments\":{\"route\":\"sklearn train_test_split " + id + "\"}}}").append('\n');
        }
        p.raw(lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Map<Integer, ObjectNode> replies = new HashMap<>();
        while (replies.size() < calls) {
          ObjectNode m = p.next(WAIT);
          assertThat(replies.put(m.path("id").asInt(), m)).as("one reply per request").isNull();
        }
        for (int id = first; id < first + calls; id++) {
          ObjectNode m = replies.get(id);
          assertThat(m).as("reply to %d", id).isNotNull();
          if (id % 3 == 0) {
            assertThat(m.path("error").path("code").asInt()).isEqualTo(-32002);
          } else {
            assertThat(m.path("result").path("structuredContent").has("matches")).as(m.toString()).isTrue();
          }
        }
      }
      p.line("{\"jsonrpc\":\"2.0\",\"id\":\"ping\",\"method\":\"ping\"}");
      assertThat(p.next(WAIT).path("id").asText()).isEqualTo("ping");
      assertThat(p.stderrText()).doesNotContain("Rule 1.3").doesNotContain("Exception");
    }
  }

  @Test
  void badLinesGetJsonRpcErrorsAndTheSessionGoesOn() throws Exception {
    try (StdioProcess p = StdioProcess.serverMain(bank, dir.resolve("stderr.txt"))) {
      p.initialize();
      p.line("this is not json");
      assertError(p.next(WAIT), -32700, null);
      p.line("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]");
      assertError(p.next(WAIT), -32600, null);
      p.line("{\"hello\":1}");
      assertError(p.next(WAIT), -32600, null);
      p.line("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"nk_get\",\"arguments\":[1]}}");
      assertError(p.next(WAIT), -32602, 5);
      p.raw(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'});
      assertError(p.next(WAIT), -32700, null);
      p.line("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"resources/read\",\"params\":{\"uri\":\"nk://entry/nope\"}}");
      ObjectNode notFound = p.next(WAIT);
      assertError(notFound, -32002, 6);
      assertThat(notFound.path("error").path("message").asText()).contains("nope");
      p.line("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"nk_get\",\"arguments\":{\"id\":\"sab-001\"}}}");
      ObjectNode ok = p.next(WAIT);
      assertThat(ok.path("id").asInt()).isEqualTo(7);
      assertThat(ok.path("result").path("structuredContent").path("id").asText()).isEqualTo("sab-001");
      assertThat(p.stderrText()).as("no stack trace in the log").doesNotContain("\tat ").doesNotContain("Exception");
    }
  }

  @Test
  void exitsSoonAfterTheEndOfInputEvenAfterABadLine() throws Exception {
    try (StdioProcess p = StdioProcess.serverMain(bank, dir.resolve("stderr.txt"))) {
      p.initialize();
      p.line("{\"hello\":1}");
      assertError(p.next(WAIT), -32600, null);
      p.line("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"nk_stats_missing\",\"arguments\":{}}}");
      p.endInput();
      assertThat(p.next(WAIT).path("id").asInt()).as("a request sent just before the end is still answered").isEqualTo(1);
      assertThat(p.waitFor(Duration.ofSeconds(15))).as("exit code after end of input").isEqualTo(0);
    }
  }

  private static void assertError(ObjectNode m, int code, Integer id) {
    assertThat(m.path("jsonrpc").asText()).isEqualTo("2.0");
    assertThat(m.path("error").path("code").asInt()).as(m.toString()).isEqualTo(code);
    assertThat(m.path("error").path("message").asText()).isNotBlank();
    if (id == null) {
      assertThat(m.get("id").isNull()).as(m.toString()).isTrue();
    } else {
      assertThat(m.path("id").asInt()).isEqualTo(id);
    }
  }
}
