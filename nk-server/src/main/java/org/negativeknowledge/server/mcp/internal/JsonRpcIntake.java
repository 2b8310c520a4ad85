package org.negativeknowledge.server.mcp.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads one incoming JSON-RPC message (a stdio line or an HTTP body) and checks it before the MCP
 * session sees it: JSON at all (else {@code -32700}), one JSON-RPC 2.0 object (a batch, a bare value
 * or {@code {"hello":1}} is {@code -32600}), and for the requests the server answers, {@code params}
 * of the shape the method takes ({@code -32602}, e.g. {@code tools/call} with {@code arguments} that
 * is not an object) with the parameters it requires ({@code -32602}, e.g. {@code resources/read}
 * without {@code uri}). Given the server's tool names, a {@code tools/call} of another name is
 * {@code -32602} naming it and the tools there are (the SDK answered "Unknown tool:
 * invalid_tool_name", whatever the name). The MCP SDK would otherwise throw on such messages
 * outside its error handling, or read a missing parameter as an empty string and answer for that.
 */
public final class JsonRpcIntake {
  private static final ObjectMapper TREE = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** The parameter types of the requests whose params the SDK converts, by method. */
  private static final Map<String, Class<?>> PARAMS = Map.ofEntries(
      Map.entry(McpSchema.METHOD_INITIALIZE, McpSchema.InitializeRequest.class),
      Map.entry(McpSchema.METHOD_TOOLS_CALL, McpSchema.CallToolRequest.class),
      Map.entry(McpSchema.METHOD_RESOURCES_READ, McpSchema.ReadResourceRequest.class),
      Map.entry(McpSchema.METHOD_RESOURCES_SUBSCRIBE, McpSchema.SubscribeRequest.class),
      Map.entry(McpSchema.METHOD_RESOURCES_UNSUBSCRIBE, McpSchema.UnsubscribeRequest.class),
      Map.entry(McpSchema.METHOD_PROMPT_GET, McpSchema.GetPromptRequest.class),
      Map.entry(McpSchema.METHOD_COMPLETION_COMPLETE, McpSchema.CompleteRequest.class),
      Map.entry(McpSchema.METHOD_LOGGING_SET_LEVEL, McpSchema.SetLevelRequest.class),
      Map.entry(McpSchema.METHOD_TOOLS_LIST, McpSchema.PaginatedRequest.class),
      Map.entry(McpSchema.METHOD_RESOURCES_LIST, McpSchema.PaginatedRequest.class),
      Map.entry(McpSchema.METHOD_RESOURCES_TEMPLATES_LIST, McpSchema.PaginatedRequest.class),
      Map.entry(McpSchema.METHOD_PROMPT_LIST, McpSchema.PaginatedRequest.class));
  /** The non-blank string parameters a request of the method must carry, by method. */
  private static final Map<String, List<String>> REQUIRED = Map.of(
      McpSchema.METHOD_INITIALIZE, List.of("protocolVersion"),
      McpSchema.METHOD_TOOLS_CALL, List.of("name"),
      McpSchema.METHOD_RESOURCES_READ, List.of("uri"),
      McpSchema.METHOD_RESOURCES_SUBSCRIBE, List.of("uri"),
      McpSchema.METHOD_RESOURCES_UNSUBSCRIBE, List.of("uri"),
      McpSchema.METHOD_PROMPT_GET, List.of("name"));

  private final JSONRPCMessage message;
  private final JsonRpcFailure failure;

  private JsonRpcIntake(JSONRPCMessage message, JsonRpcFailure failure) {
    this.message = message;
    this.failure = failure;
  }

  /** Reads {@code text} (one message) with the session's JSON mapper, without checking tool names. */
  public static JsonRpcIntake read(McpJsonMapper mapper, String text) {
    return read(mapper, text, List.of());
  }

  /**
   * Reads {@code text} (one message) with the session's JSON mapper; a {@code tools/call} must name
   * one of {@code tools} (unless it is empty: then names are not checked).
   */
  public static JsonRpcIntake read(McpJsonMapper mapper, String text, List<String> tools) {
    JsonNode node;
    try {
      node = TREE.readTree(text);
    } catch (JsonProcessingException e) {
      return failed(JsonRpcFailure.parseError("parse error: the message is not JSON (" + e.getOriginalMessage()
          + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
          + "); send one JSON-RPC object per message"));
    }
    if (node == null || node.isMissingNode()) {
      return failed(JsonRpcFailure.parseError("parse error: the message is empty; send one JSON-RPC object"));
    }
    if (node.isArray()) {
      return failed(JsonRpcFailure.invalidRequest("invalid request: JSON-RPC batches (arrays) are not supported;"
          + " send each message on its own", null));
    }
    if (!node.isObject()) {
      return failed(JsonRpcFailure.invalidRequest("invalid request: a JSON-RPC message is a JSON object, got "
          + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT), null));
    }
    JsonNode rawId = node.get("id");
    boolean idOk = rawId == null || rawId.isTextual() || rawId.isIntegralNumber();
    JsonNode id = idOk ? rawId : null;
    if (!idOk) {
      return failed(JsonRpcFailure.invalidRequest("invalid request: 'id' must be a string or an integer", null));
    }
    if (!"2.0".equals(node.path("jsonrpc").asText(null))) {
      return failed(JsonRpcFailure.invalidRequest("invalid request: 'jsonrpc' must be \"2.0\"", id));
    }
    JsonNode method = node.get("method");
    boolean response = method == null && rawId != null && (node.has("result") || node.has("error"));
    if (!response && (method == null || !method.isTextual())) {
      return failed(JsonRpcFailure.invalidRequest("invalid request: not a JSON-RPC request, notification or"
          + " response (it needs a string 'method', or 'result'/'error' with an 'id'); fields: "
          + fieldNames(node), id));
    }
    JsonNode params = node.get("params");
    if (!response && params != null && !params.isNull() && !params.isObject()) {
      return failed(JsonRpcFailure.invalidParams("invalid params: 'params' of " + method.asText()
          + " must be a JSON object", id));
    }
    if (!response && rawId != null) {
      JsonRpcFailure bad = checkParams(mapper, method.asText(), params, id, tools);
      if (bad != null) {
        return failed(bad);
      }
    }
    try {
      return new JsonRpcIntake(McpSchema.deserializeJsonRpcMessage(mapper, text), null);
    } catch (IOException | RuntimeException e) {
      return failed(JsonRpcFailure.invalidRequest("invalid request: not a JSON-RPC message the server can read;"
          + " fields: " + fieldNames(node), id));
    }
  }

  private static JsonRpcFailure checkParams(McpJsonMapper mapper, String method, JsonNode params, JsonNode id,
      List<String> tools) {
    if (McpSchema.METHOD_TOOLS_CALL.equals(method) && params != null) {
      JsonNode args = params.get("arguments");
      if (args != null && !args.isNull() && !args.isObject()) {
        return JsonRpcFailure.invalidParams("invalid params: 'params.arguments' of tools/call must be a JSON object"
            + " (the tool's named arguments), got " + args.getNodeType().name().toLowerCase(java.util.Locale.ROOT), id);
      }
    }
    for (String name : REQUIRED.getOrDefault(method, List.of())) {
      JsonNode value = params == null ? null : params.get(name);
      if (value == null || !value.isTextual() || value.asText().isBlank()) {
        return JsonRpcFailure.invalidParams("invalid params: " + method + " requires 'params." + name
            + "', a non-empty string", id);
      }
    }
    if (McpSchema.METHOD_TOOLS_CALL.equals(method) && !tools.isEmpty() && !tools.contains(params.get("name").asText())) {
      return JsonRpcFailure.invalidParams("unknown tool '" + params.get("name").asText() + "'; the tools are: "
          + String.join(", ", tools), id);
    }
    Class<?> type = PARAMS.get(method);
    if (type == null || params == null || params.isNull()) {
      return null;
    }
    try {
      mapper.convertValue(TREE.convertValue(params, Map.class), type);
      return null;
    } catch (RuntimeException e) {
      return JsonRpcFailure.invalidParams("invalid params for " + method + ": " + where(e)
          + " has the wrong type; see the method's schema in the MCP specification", id);
    }
  }

  private static String where(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonMappingException m && !m.getPath().isEmpty()) {
        return "params." + m.getPath().stream()
            .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."));
      }
    }
    return "a parameter";
  }

  private static String fieldNames(JsonNode node) {
    StringBuilder sb = new StringBuilder();
    node.fieldNames().forEachRemaining(n -> sb.append(sb.length() == 0 ? "" : ", ").append(n));
    return sb.length() == 0 ? "(none)" : sb.toString();
  }

  private static JsonRpcIntake failed(JsonRpcFailure f) {
    return new JsonRpcIntake(null, f);
  }

  /** Whether the message passed every check. */
  public boolean ok() {
    return failure == null;
  }

  /** The message (only when {@link #ok()}). */
  public JSONRPCMessage message() {
    if (message == null) {
      throw new IllegalStateException("the message was refused: " + failure.message());
    }
    return message;
  }

  /** Why the message was refused (only when not {@link #ok()}). */
  public JsonRpcFailure failure() {
    if (failure == null) {
      throw new IllegalStateException("the message was accepted");
    }
    return failure;
  }
}
