package org.negativeknowledge.server.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.server.BankOperations;
import org.negativeknowledge.server.internal.ErrorViews;
import org.negativeknowledge.server.internal.ToolSchemas;
import org.negativeknowledge.taxonomy.Facet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MCP tools over a bank: {@code nk_search}, {@code nk_get}, {@code nk_consult}, {@code
 * nk_decide}, {@code nk_propose}, {@code nk_finding}, {@code nk_check_route}, {@code nk_add},
 * {@code nk_curate}. Each returns its result as structured content plus the same JSON as text; a
 * failure is a tool error ({@code isError: true}) carrying {@code {"error": {status, message,
 * ...}}}, never a protocol error.
 */
public final class NkMcpTools {
  private static final Logger LOG = LoggerFactory.getLogger(NkMcpTools.class);
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  /** Names of the tools, in the order they are listed. */
  public static final List<String> NAMES = List.of(
      "nk_search", "nk_get", "nk_consult", "nk_decide", "nk_propose", "nk_finding", "nk_check_route", "nk_add", "nk_curate");

  private NkMcpTools() {}

  /** The tool specifications over {@code ops}. */
  public static List<SyncToolSpecification> over(BankOperations ops) {
    List<SyncToolSpecification> tools = new ArrayList<>();
    ToolSchemas search = ToolSchemas.object()
        .text("query", "free text: the route, error or idea to look up (blank: everything that passes the filters)", false)
        .choice("polarity", "only positive or negative knowledge", false, "positive", "negative")
        .text("domain", "only entries of this domain", false)
        .text("task_id", "only entries of this task", false)
        .integer("depth", "only entries of this depth (1 = single-round records)", 1, 1000, false)
        .choice("shape", "only entries of this record shape", false, "depth1", "deep", "knowledge")
        .text("status", "active (default), any, or a comma list of active, superseded, retracted", false)
        .integer("limit", "most hits to return (default 10)", 1, 200, false);
    for (Facet f : Facet.values()) {
      search.text(f.fieldName(), "only entries whose failure." + f.fieldName() + " is exactly this value", false);
    }
    tools.add(tool("nk_search",
        "Search the negative-knowledge bank (BM25 full text with filters). Returns hits with id, polarity, facets,"
            + " snippet, the original record and any warning flags such as 'possibly misleading'.",
        search.build(), ops::search));
    tools.add(tool("nk_get", "Get one bank entry by id: the original record, metadata, provenance, usefulness and flags.",
        ToolSchemas.object().text("id", "the entry id", true)
            .bool("history", "also return every revision, oldest first").build(),
        a -> {
          ObjectNode o = ops.get(a.path("id").asText());
          if (a.path("history").asBoolean(false)) {
            o.set("history", ops.history(a.path("id").asText()).path("revisions"));
          }
          return o;
        }));
    tools.add(tool("nk_consult",
        "Consult the bank BEFORE proposing an experiment: state the task and what you are about to try. Returns a"
            + " memory block of the relevant entries (one-line headlines, the top ones in full; expand any with nk_get)"
            + " and a consultation_id; then call nk_decide on every surfaced"
            + " entry (adopt or reject with a one-line reason), then nk_propose.",
        ToolSchemas.object()
            .text("task", "the task id you work on", true)
            .text("context", "what you are about to try, concretely (method, library, parameters)", true)
            .text("domain", "your domain (ranks same-domain entries higher)", false)
            .bool("domain_only", "only entries of the domain (a filter instead of a preference)")
            .integer("token_budget", "most tokens the memory block may cost (default 2000)", 1, 1_000_000, false)
            .build(),
        ops::consult));
    ObjectNode decisionItem = ToolSchemas.object()
        .text("entry_id", "a surfaced entry", true)
        .choice("decision", "adopt (it shapes the experiment) or reject (it does not apply)", true, "adopt", "reject")
        .text("reason", "one line: why", true).build();
    tools.add(tool("nk_decide",
        "Record adopt/reject decisions on entries a consultation surfaced: either entry_id + decision + reason, or"
            + " a 'decisions' array of such objects. Returns the decisions in force.",
        ToolSchemas.object()
            .text("consultation_id", "the id nk_consult returned", true)
            .text("entry_id", "a surfaced entry (single decision)", false)
            .choice("decision", "adopt or reject (single decision)", false, "adopt", "reject")
            .text("reason", "one line: why (single decision)", false)
            .array("decisions", "several decisions at once", decisionItem, false)
            .build(),
        ops::decide));
    tools.add(tool("nk_propose",
        "Propose the experiment a consultation led to. Refused while a surfaced entry has no decision. Cites the"
            + " adopted entries, lists the rejected ones, warns about ruled-out routes (strict: refuses them).",
        ToolSchemas.object()
            .text("consultation_id", "the id nk_consult returned", true)
            .object("experiment", "the experiment (paper fields: method, params, ic, T, bank_use_rationale, ...)", false)
            .text("method", "the experiment's method as text (when no experiment object is given)", false)
            .bool("strict", "refuse instead of warn when the route matches a ruled-out route")
            .build(),
        ops::propose));
    tools.add(tool("nk_finding",
        "Report how a proposed experiment turned out; the bank learns which adopted entries helped or misled.",
        ToolSchemas.object()
            .text("experiment_id", "the id nk_propose returned", true)
            .choice("outcome", "how it turned out", true, "success", "partial", "failure")
            .object("diagnostics", "measured values", false)
            .text("note", "a short free-text note", false)
            .build(),
        ops::finding));
    tools.add(tool("nk_check_route",
        "Check whether a route (method) was already ruled out: deep records' ruled-out routes, negative entries'"
            + " attempted routes and failed experiments, best match first.",
        ToolSchemas.object()
            .text("route", "the route to check, concretely", true)
            .text("task", "restrict failed experiments to this task", false)
            .text("domain", "restrict bank entries to this domain", false)
            .build(),
        ops::checkRoute));
    tools.add(tool("nk_add",
        "Add a record (depth-1, deep or knowledge entry) to the bank. It is validated first (strict by default);"
            + " an invalid record is refused with every issue (path, code, message).",
        ToolSchemas.object()
            .object("record", "the record JSON object", true)
            .text("domain", "domain for a record without one", false)
            .text("author", "who wrote it (default nk-server)", false)
            .text("source", "provenance tag (default nk-server)", false)
            .choice("level", "validation level (default strict)", false, "strict", "reference")
            .build(),
        ops::add));
    ObjectNode round = ToolSchemas.object()
        .text("dir", "a round directory (candidate.*, exec.log, reasoning.md, eval.log?) on the server's machine", false)
        .text("code", "path of the code the attempt ran", false)
        .text("exec_log", "path of the execution log", false)
        .text("reasoning", "path of the reasoning notes", false)
        .text("eval_log", "path of the evaluator log", false)
        .text("code_text", "the code, inline", false)
        .text("exec_log_text", "the execution log, inline", false)
        .text("reasoning_text", "the reasoning notes, inline", false)
        .text("eval_log_text", "the evaluator log, inline", false)
        .build();
    tools.add(tool("nk_curate",
        "Curate failed rounds into one NK record (1 round: depth-1; N >= 2: deep record of depth N) and add it to"
            + " the bank when valid. Uses the model curator when an API key is configured, else the offline one.",
        ToolSchemas.object()
            .text("task_id", "the task the rounds belong to", true)
            .text("instruction", "the task instruction", false)
            .array("rounds", "one object per failed round, oldest first", round, true)
            .object("round1_record", "for a round-2 curation: the round-1 record the attempt was given", false)
            .text("domain", "domain of the record in the bank", false)
            .bool("add_to_bank", "add the record when valid (default true)")
            .bool("offline", "use the offline curator even when a model is configured")
            .build(),
        ops::curate));
    return tools;
  }

  private static SyncToolSpecification tool(
      String name, String description, ObjectNode schema, Function<ObjectNode, ObjectNode> op) {
    Tool t = Tool.builder()
        .name(name)
        .description(description)
        .inputSchema(NkJson.mapper().convertValue(schema, MAP))
        .build();
    return SyncToolSpecification.builder()
        .tool(t)
        .callHandler((exchange, req) -> call(name, op, req.arguments()))
        .build();
  }

  static CallToolResult call(String name, Function<ObjectNode, ObjectNode> op, Map<String, Object> arguments) {
    ObjectNode args = arguments == null
        ? JsonNodeFactory.instance.objectNode()
        : NkJson.mapper().valueToTree(arguments);
    try {
      ObjectNode result = op.apply(args);
      CallToolResult.Builder b = CallToolResult.builder();
      JsonNode memory = result.get("memory");
      if (memory != null && memory.isTextual()) {
        b.addTextContent(memory.asText());
      }
      return b.addTextContent(NkJson.compact(result))
          .structuredContent(NkJson.mapper().convertValue(result, MAP))
          .isError(false)
          .build();
    } catch (RuntimeException e) {
      ErrorViews v = ErrorViews.of(e);
      if (v.status() >= 500) {
        LOG.warn("{} failed", name, e);
      }
      ObjectNode err = v.toJson();
      return CallToolResult.builder()
          .addTextContent(name + ": " + v.message())
          .structuredContent(NkJson.mapper().convertValue(err, MAP))
          .isError(true)
          .build();
    }
  }
}
