package org.negativeknowledge.server.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.app.api.JsonApi;
import org.negativeknowledge.app.error.Failure;
import org.negativeknowledge.app.error.FailureKind;
import org.negativeknowledge.app.operation.Operation;
import org.negativeknowledge.app.operation.Operations;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.server.HttpStatuses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MCP tools over a bank, one per operation of {@link Operations#TOOLS} ({@code nk_} + its name),
 * their input schemas derived from the operations' one description. Each returns its result as
 * structured content plus the same JSON as text; a failure is a tool error ({@code isError: true})
 * carrying {@code {"error": {status, kind, message, ...}}}, never a protocol error.
 */
public final class NkMcpTools {
  private static final Logger LOG = LoggerFactory.getLogger(NkMcpTools.class);
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  /** The tool name of an operation. */
  public static String toolName(Operation op) {
    return "nk_" + op.name();
  }

  /** Names of the tools, in the order they are listed. */
  public static final List<String> NAMES = Operations.TOOLS.stream().map(NkMcpTools::toolName).toList();

  private NkMcpTools() {}

  /** The tool specifications over {@code api}. */
  public static List<SyncToolSpecification> over(JsonApi api) {
    return Operations.TOOLS.stream().map(op -> tool(op, api)).toList();
  }

  private static SyncToolSpecification tool(Operation op, JsonApi api) {
    Tool t = Tool.builder()
        .name(toolName(op))
        .description(op.description())
        .inputSchema(NkJson.mapper().convertValue(op.jsonSchema(), MAP))
        .build();
    return SyncToolSpecification.builder()
        .tool(t)
        .callHandler((exchange, req) -> call(toolName(op), args -> api.call(op.name(), args), req.arguments()))
        .build();
  }

  static CallToolResult call(String name, java.util.function.Function<ObjectNode, ObjectNode> op,
      Map<String, Object> arguments) {
    ObjectNode args = arguments == null
        ? JsonNodeFactory.instance.objectNode()
        : NkJson.mapper().valueToTree(arguments);
    try {
      ObjectNode result = op.apply(args);
      CallToolResult.Builder b = CallToolResult.builder();
      JsonNode memory = result.get("memory");
      if (memory != null && memory.isTextual()) {
        // The block an agent reads first, then what to do with it.
        b.addTextContent(memory.asText());
        b.addTextContent(result.path("surfaced").isEmpty()
            ? "No entry surfaced: propose your experiment (nk_propose)."
            : "Decide adopt or reject, with a one-line reason, on each surfaced entry (nk_decide), then nk_propose.");
      }
      return b.addTextContent(NkJson.compact(result))
          .structuredContent(NkJson.mapper().convertValue(result, MAP))
          .isError(false)
          .build();
    } catch (RuntimeException e) {
      Failure f = Failure.of(e);
      if (f.kind() == FailureKind.INTERNAL) {
        LOG.warn("{} failed", name, e);
      }
      ObjectNode err = f.toJson(HttpStatuses.of(f));
      return CallToolResult.builder()
          .addTextContent(name + ": " + f.message())
          .structuredContent(NkJson.mapper().convertValue(err, MAP))
          .isError(true)
          .build();
    }
  }
}
