package org.negativeknowledge.server.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;

/**
 * A message the server refuses before the MCP session sees it, answered with a JSON-RPC error.
 *
 * @param code the JSON-RPC error code ({@code -32700} parse error, {@code -32600} invalid request,
 *     {@code -32602} invalid params)
 * @param message what is wrong and how to fix it
 * @param id the id of the refused request, or JSON null when it has none or it could not be read
 */
public record JsonRpcFailure(int code, String message, JsonNode id) {

  public JsonRpcFailure {
    id = id == null ? NullNode.instance : id;
  }

  static JsonRpcFailure parseError(String message) {
    return new JsonRpcFailure(ErrorCodes.PARSE_ERROR, message, null);
  }

  static JsonRpcFailure invalidRequest(String message, JsonNode id) {
    return new JsonRpcFailure(ErrorCodes.INVALID_REQUEST, message, id);
  }

  static JsonRpcFailure invalidParams(String message, JsonNode id) {
    return new JsonRpcFailure(ErrorCodes.INVALID_PARAMS, message, id);
  }

  /** Whether the failure answers a readable request id (then it is a normal JSON-RPC reply). */
  public boolean hasId() {
    return !id.isNull();
  }

  /** {@code {"jsonrpc": "2.0", "id": ..., "error": {"code": ..., "message": ...}}}. */
  public ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("jsonrpc", "2.0");
    o.set("id", id);
    o.putObject("error").put("code", code).put("message", message);
    return o;
  }
}
