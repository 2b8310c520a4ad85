package org.negativeknowledge.server.mcp;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.server.ServerFixture;
import org.negativeknowledge.server.ServerSettings;

/** The MCP tools over Streamable HTTP at /mcp, with the SDK's own client. */
class McpHttpTest extends McpToolsContract {
  @TempDir Path dir;
  ServerFixture fx;
  McpSyncClient client;

  @BeforeEach
  void start() {
    fx = ServerFixture.sqlite(dir, ServerSettings.loopback(0));
    client = McpClient.sync(HttpClientStreamableHttpTransport.builder(fx.server.baseUrl()).endpoint("/mcp").build())
        .requestTimeout(Duration.ofSeconds(60))
        .build();
    client.initialize();
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.closeGracefully();
    }
    fx.close();
  }

  @Override
  protected McpSyncClient client() {
    return client;
  }
}
