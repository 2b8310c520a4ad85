package org.negativeknowledge.server.mcp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.server.TestApis;
import org.negativeknowledge.server.mcp.NkMcpServer;

/** The stdio transport's line handling, in process: too-long lines, CRLF, a last line without newline. */
class StdioLineTransportTest {
  private static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
      + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
  @TempDir Path dir;

  @Test
  void aTooLongLineIsRefusedAndTheNextLinesAreStillRead() throws Exception {
    String input = INIT + "\r\n"
        + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\r\n"
        + "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"pad\":\"" + "x".repeat(5000) + "\"}}\n"
        + "\n"
        + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}\r\n"
        + "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}";
    List<ObjectNode> out = run(input, 1024);
    assertThat(out).hasSize(4);
    // Requests are answered concurrently, so replies may come in any order: find each by its id.
    ObjectNode init = out.stream().filter(r -> r.path("id").asText().equals("0")).findFirst().orElseThrow();
    assertThat(init.path("result").path("serverInfo").path("name").asText()).isEqualTo(NkMcpServer.NAME);
    ObjectNode tooLong = out.stream().filter(r -> r.has("error")).findFirst().orElseThrow();
    assertThat(tooLong.path("error").path("code").asInt()).isEqualTo(-32600);
    assertThat(tooLong.path("error").path("message").asText()).contains("line 3").contains("1024 bytes");
    assertThat(out.stream().filter(r -> r.has("result") && !r.path("id").asText().equals("0"))
        .map(r -> r.path("id").asInt()).toList())
        .as("the pings after it, the last line without a newline too").containsExactlyInAnyOrder(2, 3);
  }

  private List<ObjectNode> run(String input, int maxLine) throws InterruptedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Bank bank = Bank.open(dir.resolve("bank.db").toString())) {
      StdioLineTransport t = new StdioLineTransport(NkMcpServer.jsonMapper(),
          new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, maxLine);
      McpSyncServer server = NkMcpServer.over(t, TestApis.json(bank), "test");
      t.awaitEnd();
      server.closeGracefully();
    }
    List<ObjectNode> replies = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        replies.add(NkJson.parseObject(line));
      }
    }
    return replies;
  }
}
