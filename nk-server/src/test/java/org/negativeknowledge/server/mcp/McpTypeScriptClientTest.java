package org.negativeknowledge.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.server.SampleRecords;
import org.negativeknowledge.server.ServerFixture;
import org.negativeknowledge.server.ServerSettings;

/**
 * The MCP server driven by a client nobody here wrote: the TypeScript MCP SDK
 * ({@code @modelcontextprotocol/sdk}, the client of MCP Inspector and Claude Code), through the
 * Node script {@code src/test/node/mcp-client/check.mjs}, on stdio and over Streamable HTTP (with
 * and without a token). The script lists tools and resources, reads resources (an unknown one
 * too), runs a whole consultation cycle, makes 50 calls at once and reports what it saw as JSON;
 * this test asserts on that report.
 *
 * <p>It needs {@code node} on the PATH and the script's dependencies ({@code npm ci --prefix
 * nk-server/src/test/node/mcp-client}, which {@code .ci/run} does); without either it is skipped
 * with a message, never failed.
 */
@Tag("mcp-clients")
class McpTypeScriptClientTest {
  private static final Path SCRIPT_DIR =
      Path.of(System.getProperty("nk.mcp.ts.client.dir", "src/test/node/mcp-client")).toAbsolutePath();
  private static final long TIMEOUT_SECONDS = 240;
  private static final String TOKEN = "ts-client-test-token";

  @TempDir Path dir;

  @BeforeEach
  void nodeAndTheSdkArePresent() {
    assumeTrue(nodeRuns(), "node is not on the PATH: the TypeScript MCP client test is skipped");
    assumeTrue(Files.isDirectory(SCRIPT_DIR.resolve("node_modules/@modelcontextprotocol/sdk")),
        "the TypeScript MCP client is not installed (run: npm ci --prefix nk-server/src/test/node/mcp-client):"
            + " the TypeScript MCP client test is skipped");
  }

  @Test
  void overStdio() throws Exception {
    Path bank = dir.resolve("bank.db");
    try (Bank b = Bank.open(bank.toString())) {
      assertThat(b.importRecords(List.copyOf(SampleRecords.all()), "samples", ImportOptions.defaults()).rejected()).isZero();
    }
    ObjectNode report = check("stdio", StdioProcess.java(), "-cp", System.getProperty("java.class.path"),
        StdioServerMain.class.getName(), bank.toString());
    assertTheSession(report);
    assertThat(report.path("serverExit").path("code").asInt(-1)).as("exit status when the client closed stdin").isZero();
    assertThat(report.path("serverExit").path("signal").isNull()).as("it exited on its own, no SIGTERM").isTrue();
  }

  @Test
  void overHttp() throws Exception {
    try (ServerFixture fx = ServerFixture.sqlite(dir, ServerSettings.loopback(0))) {
      assertTheHttpSession(check("http", fx.url("/mcp")));
    }
  }

  @Test
  void overHttpWithAToken() throws Exception {
    try (ServerFixture fx = ServerFixture.sqlite(dir, ServerSettings.loopback(0).withToken(TOKEN))) {
      assertTheHttpSession(check("http", fx.url("/mcp"), TOKEN));
    }
  }

  private static void assertTheHttpSession(ObjectNode report) {
    assertTheSession(report);
    assertThat(report.path("protocolVersion").asText()).as("negotiated protocol version").isNotBlank();
    assertThat(report.path("sessionIdSet").asBoolean()).isTrue();
    assertThat(report.path("httpGetsAfterAnErrorReply").asInt(-1)).as("event stream reopened after an error reply").isZero();
    assertThat(report.path("terminate").asText()).as("DELETE of the session").isEqualTo("ok");
  }

  private static void assertTheSession(ObjectNode report) {
    assertThat(report.has("fatal")).as(report.path("fatal").asText()).isFalse();
    assertThat(report.path("clientErrors")).as("errors the client reported").isEmpty();
    assertThat(report.path("server").path("name").asText()).isEqualTo(NkMcpServer.NAME);
    assertThat(report.path("capabilities").has("tools")).isTrue();
    List<String> tools = new ArrayList<>();
    report.path("tools").forEach(t -> tools.add(t.asText()));
    assertThat(tools).containsExactlyInAnyOrderElementsOf(NkMcpTools.NAMES);
    assertThat(report.path("resources").toString()).contains(NkMcpServer.STATS_URI);
    assertThat(report.path("resourceTemplates").toString()).contains(NkMcpServer.ENTRY_URI_TEMPLATE);
    assertThat(report.path("activeEntries").asInt()).isEqualTo(SampleRecords.all().size());
    assertThat(report.path("ping").asText()).isEqualTo("ok");
    assertThat(report.path("unknownResourceCode").asInt()).as("unknown resource").isEqualTo(-32002);
    assertThat(report.path("unknownToolCode").asInt()).as("unknown tool").isEqualTo(-32602);
    assertThat(report.path("unknownToolMessage").asText()).as("what the client shows for an unknown tool")
        .contains("nk_no_such_tool").contains("nk_consult");
    assertThat(report.path("invalidArgument").path("isError").asBoolean()).isTrue();
    assertThat(report.path("invalidArgument").path("argument").asText()).as("the argument the error names").isEqualTo("polarity");
    JsonNode cycle = report.path("cycle");
    assertThat(cycle.path("surfaced").asInt()).as("entries the consultation showed").isPositive();
    assertThat(cycle.path("proposeBeforeDecidingRefused").asBoolean()).isTrue();
    assertThat(cycle.path("decisions").asInt()).isEqualTo(cycle.path("surfaced").asInt());
    assertThat(cycle.path("experimentId").asText()).isNotBlank();
    assertThat(cycle.path("findingId").asText()).isNotBlank();
    assertThat(cycle.path("secondFindingStatus").asInt()).isEqualTo(409);
    JsonNode concurrent = report.path("concurrent");
    assertThat(concurrent.path("rejected")).as("calls that got no answer").isEmpty();
    assertThat(concurrent.path("answered").asInt()).isEqualTo(concurrent.path("sent").asInt()).isEqualTo(50);
    assertThat(concurrent.path("toolErrors").asInt()).as("the nk_get calls for missing entries").isEqualTo(10);
  }

  /** Runs {@code node check.mjs ARGS} and returns its report. */
  private ObjectNode check(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", "check.mjs"));
    command.addAll(List.of(args));
    Path out = dir.resolve("check-out.json");
    Path err = dir.resolve("check-err.txt");
    ProcessBuilder pb = new ProcessBuilder(command).directory(SCRIPT_DIR.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("ANTHROPIC_API_KEY", "");
    Process p = pb.start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("check.mjs did not finish in " + TIMEOUT_SECONDS + " s; stderr:\n" + read(err));
    }
    String stdout = read(out).strip();
    assertThat(p.exitValue()).as("check.mjs exit status; stdout:\n%s\nstderr:\n%s", stdout, read(err)).isZero();
    String last = stdout.substring(stdout.lastIndexOf('\n') + 1);
    return NkJson.parseObject(last);
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static boolean nodeRuns() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
