package org.negativeknowledge.server.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.server.BankOperations;
import org.negativeknowledge.server.InvalidRequestException;

/**
 * Builds the MCP server over a bank, for stdio ({@link #stdio}) or Streamable HTTP ({@link
 * #streamable}). Tools: see {@link NkMcpTools}. Resources: {@code nk://entry/{id}} (an entry as
 * JSON, with metadata and the original record) and {@code nk://bank/stats}.
 */
public final class NkMcpServer {
  /** The server name announced to clients. */
  public static final String NAME = "negative-knowledge";
  /** URI template of entry resources. */
  public static final String ENTRY_URI_TEMPLATE = "nk://entry/{id}";
  /** URI of the bank statistics resource. */
  public static final String STATS_URI = "nk://bank/stats";

  static final String INSTRUCTIONS =
      "A shared bank of negative knowledge: typed records of failed research attempts (what was tried, what was"
          + " seen, why it failed, what to try instead) and positive findings. Before each experiment call"
          + " nk_consult with your task and what you are about to try, decide adopt/reject with a one-line reason"
          + " on every surfaced entry (nk_decide), then nk_propose; report the outcome with nk_finding.";

  private NkMcpServer() {}

  /** The JSON mapper the SDK found (the Jackson 2 module). */
  public static McpJsonMapper jsonMapper() {
    return McpJsonDefaults.getMapper();
  }

  /**
   * An MCP server speaking over {@code in}/{@code out} (normally the process's stdin and stdout).
   * Nothing but protocol messages may be written to {@code out}.
   */
  public static McpSyncServer stdio(BankOperations ops, String version, InputStream in, OutputStream out) {
    StdioServerTransportProvider transport = new StdioServerTransportProvider(jsonMapper(), in, out);
    return configure(McpServer.sync(transport).serverInfo(NAME, version), ops).build();
  }

  /** An MCP server on a Streamable HTTP servlet transport (mount the transport at its endpoint). */
  public static McpSyncServer streamable(
      BankOperations ops, String version, HttpServletStreamableServerTransportProvider transport) {
    return configure(McpServer.sync(transport).serverInfo(NAME, version), ops).build();
  }

  private static <S extends McpServer.SyncSpecification<S>> McpServer.SyncSpecification<S> configure(
      McpServer.SyncSpecification<S> spec, BankOperations ops) {
    return spec
        .jsonMapper(jsonMapper())
        .instructions(INSTRUCTIONS)
        .capabilities(ServerCapabilities.builder().tools(true).resources(false, false).build())
        .tools(NkMcpTools.over(ops))
        .resources(List.of(statsResource(ops)))
        .resourceTemplates(List.of(entryTemplate(ops)));
  }

  private static SyncResourceSpecification statsResource(BankOperations ops) {
    Resource r = Resource.builder()
        .uri(STATS_URI)
        .name("bank-stats")
        .description("counts of the bank by polarity, domain, facet, depth, shape and status")
        .mimeType("application/json")
        .build();
    return new SyncResourceSpecification(r, (exchange, req) ->
        new ReadResourceResult(List.of(new TextResourceContents(req.uri(), "application/json", NkJson.pretty(ops.stats())))));
  }

  private static SyncResourceTemplateSpecification entryTemplate(BankOperations ops) {
    ResourceTemplate t = ResourceTemplate.builder()
        .uriTemplate(ENTRY_URI_TEMPLATE)
        .name("bank-entry")
        .description("one bank entry: metadata, provenance, usefulness and the original record")
        .mimeType("application/json")
        .build();
    return new SyncResourceTemplateSpecification(t, (exchange, req) -> {
      String uri = req.uri();
      String prefix = "nk://entry/";
      if (!uri.startsWith(prefix) || uri.length() == prefix.length()) {
        throw new InvalidRequestException("not an entry URI: " + uri + " (use nk://entry/{id})");
      }
      String id = URLDecoder.decode(uri.substring(prefix.length()), StandardCharsets.UTF_8);
      return new ReadResourceResult(List.of(new TextResourceContents(uri, "application/json", NkJson.pretty(ops.get(id)))));
    });
  }
}
