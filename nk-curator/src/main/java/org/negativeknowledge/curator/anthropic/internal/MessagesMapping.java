package org.negativeknowledge.curator.anthropic.internal;

import com.anthropic.core.JsonValue;
import com.anthropic.models.messages.CacheControlEphemeral;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.TextBlockParam;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolChoiceAny;
import com.anthropic.models.messages.ToolChoiceAuto;
import com.anthropic.models.messages.ToolChoiceNone;
import com.anthropic.models.messages.ToolChoiceTool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlock;
import com.anthropic.models.messages.ToolUseBlockParam;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.curator.model.ContentBlock;
import org.negativeknowledge.curator.model.ModelMessage;
import org.negativeknowledge.curator.model.ModelRequest;
import org.negativeknowledge.curator.model.ModelResponse;
import org.negativeknowledge.curator.model.StopReason;
import org.negativeknowledge.curator.model.TokenUsage;
import org.negativeknowledge.curator.model.ToolChoice;
import org.negativeknowledge.curator.model.ToolDefinition;
import org.negativeknowledge.record.NkJson;

/**
 * Translates the curator's model request and response to and from the Anthropic Messages API
 * types of the SDK. A cache point becomes {@code cache_control: {"type": "ephemeral"}} on its block.
 */
public final class MessagesMapping {

  private MessagesMapping() {}

  /** The SDK parameters for {@code request} sent to {@code model} with {@code maxTokens}. */
  public static MessageCreateParams params(ModelRequest request, String model, int maxTokens) {
    MessageCreateParams.Builder b = MessageCreateParams.builder().model(model).maxTokens(maxTokens);
    for (ToolDefinition t : request.tools()) {
      b.addTool(tool(t));
    }
    if (!request.tools().isEmpty()) {
      toolChoice(b, request.toolChoice());
    }
    for (ModelMessage m : request.messages()) {
      List<ContentBlockParam> blocks = new ArrayList<>();
      for (ContentBlock c : m.content()) {
        blocks.add(block(c));
      }
      if (m.role() == ModelMessage.Role.USER) {
        b.addUserMessageOfContentBlockParams(blocks);
      } else {
        b.addAssistantMessageOfContentBlockParams(blocks);
      }
    }
    return b.build();
  }

  /** The curator's view of an SDK message: text and tool calls, the stop reason, the usage. */
  public static ModelResponse response(Message m) {
    List<ContentBlock> content = new ArrayList<>();
    for (com.anthropic.models.messages.ContentBlock cb : m.content()) {
      if (cb.isText() && !cb.asText().text().isEmpty()) {
        content.add(ContentBlock.text(cb.asText().text()));
      } else if (cb.isToolUse()) {
        ToolUseBlock tu = cb.asToolUse();
        content.add(new ContentBlock.ToolUse(tu.id(), tu.name(), input(tu)));
      }
    }
    var u = m.usage();
    TokenUsage usage = new TokenUsage(u.inputTokens(), u.outputTokens(),
        u.cacheCreationInputTokens().orElse(0L), u.cacheReadInputTokens().orElse(0L));
    return new ModelResponse(content, stopReason(m), usage);
  }

  private static StopReason stopReason(Message m) {
    return m.stopReason().map(s -> switch (s.asString()) {
      case "end_turn" -> StopReason.END_TURN;
      case "tool_use" -> StopReason.TOOL_USE;
      case "max_tokens" -> StopReason.MAX_TOKENS;
      case "stop_sequence" -> StopReason.STOP_SEQUENCE;
      case "refusal" -> StopReason.REFUSAL;
      default -> StopReason.OTHER;
    }).orElse(StopReason.OTHER);
  }

  /** A tool call's input as a node of the project's own mapper (an empty object for a non-object). */
  private static ObjectNode input(ToolUseBlock tu) {
    JsonNode node = tu._input().convert(JsonNode.class);
    if (node == null || !node.isObject()) {
      return NkJson.mapper().createObjectNode();
    }
    return NkJson.parseObject(node.toString());
  }

  private static ContentBlockParam block(ContentBlock c) {
    if (c instanceof ContentBlock.Text t) {
      TextBlockParam.Builder tb = TextBlockParam.builder().text(t.text());
      if (t.cachePoint()) {
        tb.cacheControl(CacheControlEphemeral.builder().build());
      }
      return ContentBlockParam.ofText(tb.build());
    }
    if (c instanceof ContentBlock.ToolUse u) {
      ToolUseBlockParam.Input.Builder ib = ToolUseBlockParam.Input.builder();
      u.input().properties().forEach(e -> ib.putAdditionalProperty(e.getKey(), JsonValue.fromJsonNode(e.getValue())));
      return ContentBlockParam.ofToolUse(ToolUseBlockParam.builder().id(u.id()).name(u.name()).input(ib.build()).build());
    }
    ContentBlock.ToolResult r = (ContentBlock.ToolResult) c;
    ToolResultBlockParam.Builder rb =
        ToolResultBlockParam.builder().toolUseId(r.toolUseId()).content(r.content()).isError(r.error());
    if (r.cachePoint()) {
      rb.cacheControl(CacheControlEphemeral.builder().build());
    }
    return ContentBlockParam.ofToolResult(rb.build());
  }

  private static void toolChoice(MessageCreateParams.Builder b, ToolChoice choice) {
    switch (choice.kind()) {
      case AUTO -> b.toolChoice(ToolChoiceAuto.builder().build());
      case ANY -> b.toolChoice(ToolChoiceAny.builder().build());
      case TOOL -> b.toolChoice(ToolChoiceTool.builder().name(choice.toolName().orElseThrow()).build());
      case NONE -> b.toolChoice(ToolChoiceNone.builder().build());
    }
  }

  private static Tool tool(ToolDefinition t) {
    return Tool.builder().name(t.name()).description(t.description()).inputSchema(inputSchema(t.inputSchema())).build();
  }

  /** A JSON Schema object as the SDK's input schema; {@code $schema} and {@code title} are dropped. */
  static Tool.InputSchema inputSchema(ObjectNode schema) {
    Tool.InputSchema.Builder b = Tool.InputSchema.builder();
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      switch (e.getKey()) {
        case "$schema", "title", "type" -> { }
        case "properties" -> {
          Tool.InputSchema.Properties.Builder pb = Tool.InputSchema.Properties.builder();
          e.getValue().properties().forEach(p -> pb.putAdditionalProperty(p.getKey(), JsonValue.fromJsonNode(p.getValue())));
          b.properties(pb.build());
        }
        case "required" -> {
          List<String> req = new ArrayList<>();
          e.getValue().forEach(n -> req.add(n.asText()));
          b.required(req);
        }
        default -> b.putAdditionalProperty(e.getKey(), JsonValue.fromJsonNode(e.getValue()));
      }
    }
    return b.build();
  }
}
