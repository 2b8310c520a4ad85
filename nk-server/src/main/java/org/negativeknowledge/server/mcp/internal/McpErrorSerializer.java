package org.negativeknowledge.server.mcp.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse.JSONRPCError;
import java.io.IOException;

/**
 * Writes an {@link McpError} as the JSON-RPC error response it stands for ({@code {"jsonrpc": "2.0",
 * "id": null, "error": {"code", "message", "data"?}}}) instead of a serialised Java exception with
 * its stack frames. The SDK's Streamable HTTP servlet writes its HTTP-level errors (a missing
 * session, a wrong Accept header) by serialising an {@code McpError} with the transport's mapper.
 */
public final class McpErrorSerializer extends StdSerializer<McpError> {
  private static final long serialVersionUID = 1L;

  public McpErrorSerializer() {
    super(McpError.class);
  }

  @Override
  public void serialize(McpError value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    JSONRPCError e = value.getJsonRpcError();
    gen.writeStartObject();
    gen.writeStringField("jsonrpc", "2.0");
    gen.writeNullField("id");
    gen.writeObjectFieldStart("error");
    gen.writeNumberField("code", e == null || e.code() == null ? ErrorCodes.INTERNAL_ERROR : e.code());
    gen.writeStringField("message", e == null || e.message() == null ? "internal error" : e.message());
    if (e != null && e.data() != null) {
      gen.writeFieldName("data");
      provider.defaultSerializeValue(e.data(), gen);
    }
    gen.writeEndObject();
    gen.writeEndObject();
  }
}
