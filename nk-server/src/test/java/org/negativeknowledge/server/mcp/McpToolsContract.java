package org.negativeknowledge.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.server.SampleRecords;

/**
 * What an MCP client sees, whatever the transport: the nine tools with input schemas, each tool
 * answering with structured content, bad calls answered as tool errors, entries as resources.
 * Subclasses give a connected client over a bank holding {@link SampleRecords}.
 */
abstract class McpToolsContract {

  /** A client connected and initialised against a server over the sample bank. */
  protected abstract McpSyncClient client();

  @Test
  void listsTheNineToolsWithInputSchemas() {
    List<Tool> tools = client().listTools().tools();
    assertThat(tools).extracting(Tool::name).containsExactlyInAnyOrderElementsOf(NkMcpTools.NAMES);
    for (Tool t : tools) {
      assertThat(t.inputSchema()).as(t.name()).isNotNull();
      assertThat(t.description()).as(t.name()).isNotBlank();
    }
  }

  /**
   * The tool list never changes during a session, so the server does not announce list-change
   * notifications (clients that see {@code listChanged: true} wait for notifications that never come).
   */
  @Test
  void announcesNoToolListChanges() {
    var caps = client().getServerCapabilities();
    assertThat(caps.tools()).isNotNull();
    assertThat(caps.tools().listChanged()).isNotEqualTo(Boolean.TRUE);
    assertThat(caps.resources().listChanged()).isNotEqualTo(Boolean.TRUE);
  }

  @Test
  void callsEveryToolThroughAConsultationCycle() {
    Map<String, Object> search = ok("nk_search", Map.of("query", "cross_validation", "polarity", "negative"));
    assertThat(hits(search)).contains("sab-001");

    Map<String, Object> get = ok("nk_get", Map.of("id", "kdv-pos-01", "history", true));
    assertThat(get.get("polarity")).isEqualTo("positive");
    assertThat((List<?>) get.get("history")).hasSize(1);

    Map<String, Object> consult = ok("nk_consult", Map.of("task", "task_001",
        "context", "split the data with sklearn cross_validation train_test_split", "token_budget", 1500));
    String cid = (String) consult.get("consultation_id");
    assertThat((String) consult.get("memory")).contains("cross_validation");
    List<Map<String, Object>> decisions = new ArrayList<>();
    for (Object s : (List<?>) consult.get("surfaced")) {
      String id = (String) ((Map<?, ?>) s).get("entry_id");
      decisions.add(Map.of("entry_id", id, "decision", id.equals("sab-001") ? "adopt" : "reject", "reason", "checked"));
    }
    CallToolResult early = call("nk_propose", Map.of("consultation_id", cid, "method", "model_selection split"));
    assertThat(early.isError()).isTrue();
    assertThat(text(early)).contains("no decision");

    Map<String, Object> decided = ok("nk_decide", Map.of("consultation_id", cid, "decisions", decisions));
    assertThat((List<?>) decided.get("decisions")).hasSize(decisions.size());

    Map<String, Object> proposal = ok("nk_propose", Map.of("consultation_id", cid,
        "experiment", Map.of("method", "sklearn.model_selection.train_test_split", "params", Map.of("seed", 0))));
    String eid = (String) proposal.get("experiment_id");
    assertThat(eid).isNotBlank();

    Map<String, Object> finding = ok("nk_finding", Map.of("experiment_id", eid, "outcome", "failure", "note", "still failed"));
    assertThat(finding.get("outcome")).isEqualTo("failure");

    Map<String, Object> route = ok("nk_check_route", Map.of("route", "sklearn.model_selection.train_test_split"));
    assertThat(route).containsKey("matches");

    Map<String, Object> record = new LinkedHashMap<>(NkJson.mapper().convertValue(SampleRecords.csvColumns(), Map.class));
    record.put("id", "mcp-added-1");
    Map<String, Object> added = ok("nk_add", Map.of("record", record));
    assertThat(added.get("id")).isEqualTo("mcp-added-1");

    Map<String, Object> curated = ok("nk_curate", Map.of(
        "task_id", "task_mcp", "offline", true, "rounds", List.of(Map.of(
            "code_text", "import pandas as pd\nfrom sklearn.cross_validation import train_test_split\n",
            "exec_log_text", "Traceback (most recent call last):\n  File \"candidate.py\", line 2, in <module>\n"
                + "    from sklearn.cross_validation import train_test_split\n"
                + "ModuleNotFoundError: No module named 'sklearn.cross_validation'\nexit code 1\n",
            "reasoning_text", "Split the data with train_test_split, then fit a random forest."))));
    assertThat(curated.get("curator")).isEqualTo("offline");
    assertThat(curated).containsKey("record");
  }

  @Test
  void badCallsAreToolErrorsNotCrashes() {
    CallToolResult missingArg = call("nk_get", Map.of());
    assertThat(missingArg.isError()).isTrue();

    CallToolResult unknown = call("nk_get", Map.of("id", "no-such-entry"));
    assertThat(unknown.isError()).isTrue();
    assertThat(text(unknown)).contains("no-such-entry");
    assertThat(((Map<?, ?>) ((Map<?, ?>) unknown.structuredContent()).get("error")).get("status")).isEqualTo(404);

    Map<String, Object> bad = new LinkedHashMap<>(NkJson.mapper().convertValue(SampleRecords.sklearnImport(), Map.class));
    bad.remove("rationale");
    bad.put("id", "bad-1");
    CallToolResult invalid = call("nk_add", Map.of("record", bad));
    assertThat(invalid.isError()).isTrue();
    assertThat(invalid.structuredContent().toString()).contains("rationale");

    CallToolResult wrongType = call("nk_search", Map.of("limit", "many"));
    assertThat(wrongType.isError()).isTrue();

    // the server is still fine afterwards
    assertThat(hits(ok("nk_search", Map.of("query", "label column")))).contains("sab-002");
  }

  /**
   * Arguments of the wrong type, outside an enumeration or missing are a tool error with the same
   * structured error as every other failure, naming the argument and what it must be (the SDK's own
   * schema check answered with a bare text and no structured content).
   */
  @Test
  void invalidArgumentsAreToolErrorsWithTheStructuredError() {
    for (Map.Entry<String, Map<String, Object>> c : List.of(
        Map.entry("nk_search", Map.<String, Object>of("limit", "many")),
        Map.entry("nk_finding", Map.<String, Object>of("experiment_id", "e-1", "outcome", "meh")),
        Map.entry("nk_consult", Map.<String, Object>of("task", "t")))) {
      CallToolResult r = call(c.getKey(), c.getValue());
      assertThat(r.isError()).as(c.getKey()).isTrue();
      assertThat(r.structuredContent()).as(c.getKey() + ": " + text(r)).isInstanceOf(Map.class);
      Map<?, ?> error = (Map<?, ?>) ((Map<?, ?>) r.structuredContent()).get("error");
      assertThat(error).as(c.getKey() + ": " + text(r)).isNotNull();
      assertThat(error.get("status")).isEqualTo(400);
      assertThat(error.get("kind")).isEqualTo("invalid");
      assertThat((String) error.get("argument")).isIn("limit", "outcome", "context");
    }
  }

  @Test
  void entriesAreReadableAsResources() {
    assertThat(client().listResourceTemplates().resourceTemplates())
        .anySatisfy(t -> assertThat(t.uriTemplate()).isEqualTo(NkMcpServer.ENTRY_URI_TEMPLATE));
    var r = client().readResource(new ReadResourceRequest("nk://entry/sab-001"));
    String json = ((TextResourceContents) r.contents().get(0)).text();
    assertThat(NkJson.parseObject(json).path("record")).isEqualTo(SampleRecords.sklearnImport());
  }

  private CallToolResult call(String tool, Map<String, Object> args) {
    return client().callTool(CallToolRequest.builder(tool).arguments(args).build());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> ok(String tool, Map<String, Object> args) {
    CallToolResult r = call(tool, args);
    assertThat(r.isError()).as(tool + ": " + text(r)).isFalse();
    return (Map<String, Object>) r.structuredContent();
  }

  private static String text(CallToolResult r) {
    StringBuilder sb = new StringBuilder();
    r.content().forEach(c -> {
      if (c instanceof TextContent t) {
        sb.append(t.text()).append('\n');
      }
    });
    return sb.toString();
  }

  private static List<String> hits(Map<String, Object> search) {
    List<String> ids = new ArrayList<>();
    for (Object h : (List<?>) search.get("hits")) {
      ids.add((String) ((Map<?, ?>) h).get("id"));
    }
    return ids;
  }
}
