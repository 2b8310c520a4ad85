package org.negativeknowledge.server.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.bank.entry.EntryNotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.app.api.JsonApi;
import org.negativeknowledge.server.mcp.internal.McpErrorSerializer;

/**
 * Builds the MCP server over a bank on a transport: {@link McpStdioServer} serves it on stdio,
 * {@code nk serve} over Streamable HTTP. Tools: see {@link NkMcpTools}. Resources: {@code
 * nk://entry/{id}} (an entry as JSON, with metadata and the original record; an unknown id is
 * JSON-RPC error {@code -32002}, resource not found) and {@code nk://bank/stats}.
 *
 * <p>The server runs each handler on the thread that delivers the request ({@code
 * immediateExecution}): the servlet container's request thread over HTTP, a worker of the stdio
 * transport on stdio. On the SDK's default ({@code boundedElastic} workers) a request whose handler
 * fails has its worker interrupted when Reactor cancels the finished task, and Tomcat then refuses
 * to write the error reply from that interrupted thread ("The current thread was interrupted"):
 * about 4 % of error replies were lost under concurrency, with "Calling [asyncComplete()] is not
 * valid" in the log.
 *
 * <p>Tool arguments are checked by the operations, not by the SDK's JSON schema validation, so an
 * invalid argument is a tool error like every other (see {@link NkMcpTools}).
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

  private static final McpJsonMapper MAPPER = new JacksonMcpJsonMapper(
      new ObjectMapper().registerModule(new SimpleModule("nk-mcp").addSerializer(McpError.class, new McpErrorSerializer())));

  /**
   * The JSON mapper of the MCP transports: the SDK's Jackson 2 mapper, except that an {@link
   * McpError} is written as the JSON-RPC error it stands for, never as a Java exception.
   */
  public static McpJsonMapper jsonMapper() {
    return MAPPER;
  }

  /** An MCP server over {@code ops} on a single-session transport (stdio). */
  public static McpSyncServer over(McpServerTransportProvider transport, JsonApi ops, String version) {
    return configure(McpServer.sync(transport).serverInfo(NAME, version), ops).build();
  }

  /** An MCP server over {@code ops} on a Streamable HTTP transport (mount the servlet at its endpoint). */
  public static McpSyncServer over(McpStreamableServerTransportProvider transport, JsonApi ops, String version) {
    return configure(McpServer.sync(transport).serverInfo(NAME, version), ops).build();
  }

  private static <S extends McpServer.SyncSpecification<S>> McpServer.SyncSpecification<S> configure(
      McpServer.SyncSpecification<S> spec, JsonApi ops) {
    return spec
        .jsonMapper(jsonMapper())
        .immediateExecution(true)
        // The operations check their arguments themselves and answer like any other failure, with
        // the structured error naming the argument; the SDK's schema check would answer first, with
        // a bare text and no structured content.
        .validateToolInputs(false)
        .instructions(INSTRUCTIONS)
        .capabilities(ServerCapabilities.builder().tools(false).resources(false, false).build())
        .tools(NkMcpTools.over(ops))
        .resources(List.of(statsResource(ops)))
        .resourceTemplates(List.of(entryTemplate(ops)));
  }

  private static SyncResourceSpecification statsResource(JsonApi ops) {
    Resource r = Resource.builder(STATS_URI, "bank-stats")
        .description("counts of the bank by polarity, domain, facet, depth, shape and status")
        .mimeType("application/json")
        .build();
    return new SyncResourceSpecification(r, (exchange, req) ->
        json(req.uri(), ops.stats()));
  }

  private static SyncResourceTemplateSpecification entryTemplate(JsonApi ops) {
    ResourceTemplate t = ResourceTemplate.builder(ENTRY_URI_TEMPLATE, "bank-entry")
        .description("one bank entry: metadata, provenance, usefulness and the original record")
        .mimeType("application/json")
        .build();
    return new SyncResourceTemplateSpecification(t, (exchange, req) -> {
      String uri = req.uri();
      String prefix = "nk://entry/";
      if (uri == null || !uri.startsWith(prefix) || uri.length() == prefix.length()) {
        throw McpError.builder(ErrorCodes.INVALID_PARAMS)
            .message("not an entry URI: " + uri + " (use nk://entry/{id})").data(Map.of("uri", String.valueOf(uri))).build();
      }
      String id;
      try {
        id = URLDecoder.decode(uri.substring(prefix.length()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw McpError.builder(ErrorCodes.INVALID_PARAMS)
            .message("the id in " + uri + " is not valid percent-encoding: " + e.getMessage()).data(Map.of("uri", uri)).build();
      }
      try {
        return json(uri, ops.get(JsonNodeFactory.instance.objectNode().put("id", id)));
      } catch (EntryNotFoundException e) {
        throw McpError.builder(ErrorCodes.RESOURCE_NOT_FOUND).message(e.getMessage()).data(Map.of("uri", uri)).build();
      }
    });
  }

  /** A resource read answered with one JSON document. */
  private static ReadResourceResult json(String uri, JsonNode body) {
    return ReadResourceResult.builder(List.of(
        TextResourceContents.builder(uri, NkJson.pretty(body)).mimeType("application/json").build())).build();
  }
}
