package org.negativeknowledge.cli.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.curate.CuratorChoice;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.cli.CliRun;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.server.ServerSettings;
import org.negativeknowledge.server.http.NkHttpServer;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/**
 * Issue 12's promise: for every operation, {@code nk X --format json}, the matching {@code /api}
 * call and the MCP tool return the same keys (the same view of the same object). The command line
 * works on one bank, the HTTP API and MCP (a real MCP client over Streamable HTTP) on another,
 * seeded alike; values differ (ids, times), keys may not.
 */
class SameKeysEverywhereTest {
  private static final String RECORDS =
      "{\"id\":\"kb-muscl\",\"kind\":\"positive\",\"domain\":\"burgers\",\"claim\":\"MUSCL Godunov with a van Leer"
          + " limiter captures the shock\",\"applicability\":\"shocks\",\"evidence\":\"runs 3-5\"}\n"
          + "{\"id\":\"kb-central\",\"kind\":\"negative\",\"domain\":\"burgers\",\"task_id\":\"T0\",\"attempted_route\":"
          + "\"forward Euler with central differences\",\"observation\":\"oscillations at the shock\",\"failure\":{\"layer\":"
          + "\"method_failure\",\"scope\":\"regime_bound_failure\",\"degree\":\"contradicted\",\"recommended_action\":"
          + "\"change_method\",\"risk\":\"medium_risk_drift\"},\"rationale\":\"central differences are dispersive at"
          + " discontinuities\",\"recommended_alternative\":\"MUSCL Godunov with a limiter\"}\n";
  private static final String ROUTE = "forward Euler with central differences for the shock";
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  @TempDir Path dir;
  private Path cliBank;
  private NkApp served;
  private NkHttpServer server;
  private McpSyncClient mcp;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    Path records = Files.writeString(dir.resolve("records.jsonl"), RECORDS);
    cliBank = dir.resolve("cli/bank.db");
    assertThat(cli("bank", "import", records.toString()).exit()).isZero();
    Bank bank = Bank.open(dir.resolve("srv/bank.db").toString());
    bank.importEntries(java.util.List.of(records), org.negativeknowledge.bank.io.ImportOptions.defaults());
    served = NkApp.over(bank, TaxonomyProfile.exploration(), CuratorChoice.offline(TaxonomyProfile.core()));
    server = NkHttpServer.start(served, ServerSettings.loopback(0), "test");
    mcp = McpClient.sync(HttpClientStreamableHttpTransport.builder(server.baseUrl()).endpoint("/mcp").build()).build();
    mcp.initialize();
  }

  @AfterEach
  void stop() {
    mcp.closeGracefully();
    server.close();
    served.close();
  }

  @Test
  void everyOperationHasTheSameKeysOnTheCommandLineTheHttpApiAndMcp() throws Exception {
    same("search", cliJson("bank", "search", "central", "shock"), get("/api/entries?query=central+shock"),
        tool("nk_search", Map.of("query", "central shock")));
    same("get", cliJson("bank", "get", "kb-central"), get("/api/entries/kb-central"),
        tool("nk_get", Map.of("id", "kb-central")));
    same("check_route", cliJson("check-route", ROUTE), post("/api/check-route", Map.of("route", ROUTE)),
        tool("nk_check_route", Map.of("route", ROUTE)));

    ObjectNode c1 = cliJson("consult", "--task", "T1", "--context", "shock capturing for Burgers");
    ObjectNode c2 = post("/api/consultations", Map.of("task", "T1", "context", "shock capturing for Burgers"));
    ObjectNode c3 = tool("nk_consult", Map.of("task", "T1", "context", "shock capturing for Burgers"));
    same("consult", c1, c2, c3);
    assertThat(c1.path("surfaced")).hasSize(2);

    ObjectNode d1 = null;
    ObjectNode d2 = null;
    ObjectNode d3 = null;
    for (String entry : new String[] {"kb-muscl", "kb-central"}) {
      String decision = entry.equals("kb-muscl") ? "adopt" : "reject";
      d1 = cliJson("decide", id(c1), entry, decision, "--reason", "because");
      d2 = post("/api/consultations/" + id(c2) + "/decisions",
          Map.of("entry_id", entry, "decision", decision, "reason", "because"));
      d3 = tool("nk_decide", Map.of("consultation_id", id(c3), "entry_id", entry, "decision", decision, "reason", "because"));
    }
    same("decide", d1, d2, d3);

    ObjectNode p1 = cliJson("propose", id(c1), "--method", ROUTE);
    ObjectNode p2 = post("/api/experiments", Map.of("consultation_id", id(c2), "method", ROUTE));
    ObjectNode p3 = tool("nk_propose", Map.of("consultation_id", id(c3), "method", ROUTE));
    same("propose", p1, p2, p3);

    same("finding",
        cliJson("finding", p1.path("experiment_id").asText(), "failure"),
        post("/api/findings", Map.of("experiment_id", p2.path("experiment_id").asText(), "outcome", "failure")),
        tool("nk_finding", Map.of("experiment_id", p3.path("experiment_id").asText(), "outcome", "failure")));

    String knowledge = "{\"id\":\"kb-weno\",\"kind\":\"positive\",\"domain\":\"burgers\",\"claim\":\"WENO5 is stable at"
        + " CFL 0.4\",\"applicability\":\"smooth and shocked flows\",\"evidence\":\"runs 7-9\"}";
    Path file = Files.writeString(dir.resolve("add.json"), knowledge);
    same("add", cliJson("bank", "add", file.toString()),
        post("/api/entries", Map.of("record", NkJson.parseObject(knowledge))),
        tool("nk_add", Map.of("record", NkJson.mapper().convertValue(NkJson.parseObject(knowledge), MAP))));

    Path round = Files.createDirectories(dir.resolve("round1"));
    String code = "import shap\n";
    String log = "Traceback (most recent call last):\n  File \"candidate.py\", line 1, in <module>\n"
        + "ModuleNotFoundError: No module named 'shap'\nexit code 1\n";
    Files.writeString(round.resolve("candidate.py"), code);
    Files.writeString(round.resolve("exec.log"), log);
    Files.writeString(round.resolve("reasoning.md"), "explain with shap\n");
    Path inst = Files.writeString(dir.resolve("task.txt"), "Explain the model.");
    Map<String, Object> inline = Map.of("code_text", code, "exec_log_text", log, "reasoning_text", "explain with shap\n");
    same("curate",
        cliJson("curate", "depth1", "--task-id", "T9", "--task-inst-file", inst.toString(), "--round-dir", round.toString(),
            "--output", dir.resolve("rec.json").toString(), "--offline", "--accept-issues", "--bank", cliBank.toString()),
        post("/api/curate", Map.of("task_id", "T9", "rounds", java.util.List.of(inline))),
        tool("nk_curate", Map.of("task_id", "T9", "rounds", java.util.List.of(inline))));
  }

  private static String id(ObjectNode consultation) {
    return consultation.path("consultation_id").asText();
  }

  private static void same(String operation, JsonNode cli, JsonNode http, JsonNode mcp) {
    TreeSet<String> k = keys(cli);
    assertThat(k).as(operation + ": the command line's keys").isNotEmpty();
    assertThat(keys(http)).as(operation + ": the HTTP API's keys against the command line's").isEqualTo(k);
    assertThat(keys(mcp)).as(operation + ": the MCP tool's keys against the command line's").isEqualTo(k);
  }

  /** Every key path of {@code node}: {@code a}, {@code a.b}, {@code a[].c} (records' own keys excluded). */
  private static TreeSet<String> keys(JsonNode node) {
    TreeSet<String> out = new TreeSet<>();
    collect(node, "", out);
    return out;
  }

  private static void collect(JsonNode node, String prefix, TreeSet<String> out) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
        out.add(path);
        if (!e.getKey().equals("record") && !e.getKey().equals("experiment") && !e.getKey().equals("diagnostics")) {
          collect(e.getValue(), path, out);
        }
      });
    } else if (node.isArray()) {
      node.forEach(x -> collect(x, prefix + "[]", out));
    }
  }

  private ObjectNode cliJson(String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--format";
    all[args.length + 1] = "json";
    all[args.length + 2] = "--bank";
    all[args.length + 3] = cliBank.toString();
    if (args[0].equals("curate")) {
      all = java.util.Arrays.copyOf(all, args.length + 2); // curate names its bank itself
    }
    CliRun r = CliRun.run(all);
    assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isIn(0, 1);
    return NkJson.parseObject(r.out());
  }

  private CliRun cli(String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--bank";
    all[args.length + 1] = cliBank.toString();
    return CliRun.run(all);
  }

  private ObjectNode get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET());
  }

  private ObjectNode post(String path, Map<String, Object> body) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(NkJson.mapper().writeValueAsString(body))));
  }

  private ObjectNode send(HttpRequest.Builder b) throws Exception {
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
    return NkJson.parseObject(r.body());
  }

  private ObjectNode tool(String name, Map<String, Object> args) {
    CallToolResult r = mcp.callTool(CallToolRequest.builder(name).arguments(args).build());
    ObjectNode structured = NkJson.mapper().valueToTree(r.structuredContent());
    assertThat(r.isError()).as(name + ": " + structured).isFalse();
    return structured;
  }
}
