package org.negativeknowledge.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.server.SampleRecords;

/**
 * The MCP tools over stdio against a REAL subprocess ({@code java -cp <this classpath>
 * StdioServerMain <tmp bank>}), with the SDK's stdio client. Any stray byte on the server's stdout
 * would break the protocol and fail these tests.
 */
class McpStdioProcessTest extends McpToolsContract {
  @TempDir Path dir;
  McpSyncClient client;

  @BeforeEach
  void start() {
    String bankUrl = dir.resolve("bank.db").toString();
    try (Bank bank = Bank.open(bankUrl)) {
      assertThat(bank.importRecords(List.copyOf(SampleRecords.all()), "samples", ImportOptions.defaults()).rejected()).isZero();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ServerParameters params = ServerParameters.builder(java)
        .args("-cp", System.getProperty("java.class.path"), StdioServerMain.class.getName(), bankUrl)
        .addEnvVar("ANTHROPIC_API_KEY", "")
        .build();
    StdioClientTransport transport = new StdioClientTransport(params, NkMcpServer.jsonMapper());
    client = McpClient.sync(transport)
        .requestTimeout(Duration.ofSeconds(60))
        .initializationTimeout(Duration.ofSeconds(60))
        .build();
    client.initialize();
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.closeGracefully();
    }
  }

  @Override
  protected McpSyncClient client() {
    return client;
  }
}
