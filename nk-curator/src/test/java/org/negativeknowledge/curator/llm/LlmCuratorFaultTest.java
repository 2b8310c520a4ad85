package org.negativeknowledge.curator.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.curator.anthropic.AnthropicModelClient;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.curator.anthropic.MissingApiKeyException;
import org.negativeknowledge.curator.model.ModelTimeoutException;
import org.negativeknowledge.curator.model.ModelUnavailableException;
import org.negativeknowledge.curator.fake.FakeMessagesServer;
import org.negativeknowledge.curator.fake.FakeReply;
import org.negativeknowledge.record.NkJson;

/** Fault cases: each ends in a clear error or a recovery, and never leaves a partial output file. */
class LlmCuratorFaultTest {

  static final String KEY = "sk-fault-test-key-0000";
  static final TaskContext TASK = new TaskContext("900", "Predict y from x and save pred.csv.");

  @TempDir Path tmp;
  Path round;
  Path output;
  FakeMessagesServer server;

  @BeforeEach
  void setUp() throws Exception {
    round = Files.createDirectories(tmp.resolve("run/round1"));
    Files.writeString(round.resolve("candidate.py"), "import shap\nprint('hi')\n");
    Files.writeString(round.resolve("exec.log"),
        "exit_code=1\n--- stderr ---\nTraceback (most recent call last):\n  File \"c.py\", line 1\nModuleNotFoundError: No module named 'shap'\n");
    Files.writeString(round.resolve("reasoning.md"), "# Plan\nUse shap.TreeExplainer.\n");
    output = tmp.resolve("out/record.json");
    Files.createDirectories(output.getParent());
    Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    server = FakeMessagesServer.start();
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  static ObjectNode validRecord() {
    ObjectNode r = NkJson.mapper().createObjectNode();
    r.put("task_id", "900");
    r.put("attempted_route", "shap.TreeExplainer(RandomForestRegressor(n_estimators=200)) for feature ranking");
    r.put("observation", "ModuleNotFoundError: No module named 'shap' at import; exit code 1 after 1 s");
    ObjectNode f = r.putObject("failure");
    f.put("layer", "implementation_failure");
    f.put("scope", "local_failure");
    f.put("degree", "artifact_driven");
    f.put("recommended_action", "change_method");
    f.put("risk", "low_risk_omission");
    r.put("rationale", "shap is not installed in the sandbox, so the script dies at import before any work.");
    r.put("recommended_alternative", "sklearn.inspection.permutation_importance(rf, X, y, n_repeats=10, random_state=0)");
    return r;
  }

  AnthropicModelClient client(int retries, Duration timeout) {
    return AnthropicModelClient.create(AnthropicSettings.fromEnv(Map.of())
        .withBaseUrl(server.baseUrl()).withApiKey(KEY)
        .withRetries(retries, Duration.ofMillis(1), Duration.ofMillis(5)).withTimeout(timeout));
  }

  LlmCurator curator(AnthropicModelClient c, CurationMode mode) {
    return LlmCurator.builder(c).mode(mode).outputPath(output).build();
  }

  CurationResult tools(FakeReply... replies) {
    server.enqueue(replies);
    try (var c = client(0, Duration.ofSeconds(10))) {
      return curator(c, CurationMode.TOOLS).curateDepth1(TASK, FailureArtifacts.fromRoundDirectory(round));
    }
  }

  static ObjectNode read(String path) {
    return NkJson.mapper().createObjectNode().put("file_path", path);
  }

  ObjectNode write(String content) {
    return NkJson.mapper().createObjectNode().put("file_path", output.toString()).put("content", content);
  }

  JsonNode lastToolResult() {
    JsonNode msgs = server.requests().get(server.requests().size() - 1).json().path("messages");
    return msgs.get(msgs.size() - 1).path("content").get(0);
  }

  @Test
  void traversalReadIsRefusedRecordedAndTheModelRecovers() {
    CurationResult r = tools(
        FakeReply.toolUse("Read", read("../../secret.txt")),
        FakeReply.toolUse("Write", write(NkJson.pretty(validRecord()))));
    JsonNode call = r.audit().path("tool_calls").get(0);
    assertThat(call.path("outcome").asText()).isEqualTo("refused");
    assertThat(call.path("message").asText()).contains("not one of the bundle's files");
    assertThat(server.requests().get(1).body()).doesNotContain("TOP-SECRET-CONTENT").contains("\"is_error\":true");
    assertThat(r.record()).isEqualTo(validRecord());
    assertThat(r.validation().valid()).isTrue();
  }

  @Test
  void symlinkPointingOutIsRefused() throws Exception {
    Path link = Files.createSymbolicLink(round.resolve("notes.txt"), tmp.resolve("secret.txt"));
    CurationResult r = tools(
        FakeReply.toolUse("Read", read(link.toString())),
        FakeReply.toolUse("Write", write(NkJson.compact(validRecord()))));
    assertThat(r.audit().path("tool_calls").get(0).path("outcome").asText()).isEqualTo("refused");
    assertThat(lastToolResult().toString()).doesNotContain("TOP-SECRET");
  }

  @Test
  void absolutePathElsewhereIsRefusedAndABundleReadSucceeds() {
    CurationResult r = tools(
        FakeReply.toolUse("Read", read(tmp.resolve("secret.txt").toAbsolutePath().toString()))
            .andToolUse("Read", read(round.resolve("exec.log").toString())),
        FakeReply.toolUse("Write", write(NkJson.compact(validRecord()))));
    JsonNode calls = r.audit().path("tool_calls");
    assertThat(calls.get(0).path("outcome").asText()).isEqualTo("refused");
    assertThat(calls.get(1).path("outcome").asText()).isEqualTo("ok");
    assertThat(server.requests().get(1).body()).contains("No module named 'shap'");
  }

  @Test
  void secondWriteIsRefusedAndTheFirstRecordStands() {
    ObjectNode other = validRecord().put("rationale", "a different rationale that should never land");
    CurationResult r = tools(FakeReply.toolUse("Write", write(NkJson.compact(validRecord())))
        .andToolUse("Write", write(NkJson.compact(other))));
    JsonNode calls = r.audit().path("tool_calls");
    assertThat(calls.get(1).path("outcome").asText()).isEqualTo("refused");
    assertThat(calls.get(1).path("message").asText()).contains("only one write is allowed");
    assertThat(r.record()).isEqualTo(validRecord());
  }

  @Test
  void writeToAnotherPathIsRefused() {
    ObjectNode elsewhere = NkJson.mapper().createObjectNode()
        .put("file_path", tmp.resolve("elsewhere.json").toString()).put("content", NkJson.compact(validRecord()));
    CurationResult r = tools(FakeReply.toolUse("Write", elsewhere),
        FakeReply.toolUse("Write", write(NkJson.compact(validRecord()))));
    assertThat(r.audit().path("tool_calls").get(0).path("outcome").asText()).isEqualTo("refused");
    assertThat(tmp.resolve("elsewhere.json")).doesNotExist();
  }

  @Test
  void invalidJsonGetsOneRepairTurn() {
    CurationResult r = tools(
        FakeReply.toolUse("Write", write("```json\n{\"task_id\": \"900\",\n```")),
        FakeReply.toolUse("Write", write(NkJson.compact(validRecord()))));
    assertThat(r.attempts()).hasSize(2);
    assertThat(r.attempts().get(0).record()).isNull();
    assertThat(r.attempts().get(0).validation().issues().get(0).code()).isEqualTo("malformed_json");
    assertThat(r.record()).isEqualTo(validRecord());
  }

  @Test
  void invalidJsonTwiceFailsClearlyWithTheAuditAndNoFile() {
    server.enqueue(FakeReply.toolUse("Write", write("not json")), FakeReply.toolUse("Write", write("{still not")));
    try (var c = client(0, Duration.ofSeconds(10))) {
      assertThatThrownBy(() -> curator(c, CurationMode.TOOLS).curateDepth1(TASK, FailureArtifacts.fromRoundDirectory(round)))
          .isInstanceOf(CurationFailedException.class)
          .hasMessageContaining("not a JSON object twice")
          .satisfies(e -> assertThat(((CuratorException) e).audit()).isPresent());
    }
    assertThat(output).doesNotExist();
  }

  @Test
  void schemaIssuesGetARepairTurnAndBothAttemptsAreReported() {
    ObjectNode bad = validRecord();
    ((ObjectNode) bad.get("failure")).put("layer", "hypothesis_failure");
    bad.put("observation", "x".repeat(260));
    server.enqueue(FakeReply.toolUse("write_record", bad), FakeReply.toolUse("write_record", validRecord()));
    CurationResult r;
    try (var c = client(0, Duration.ofSeconds(10))) {
      r = curator(c, CurationMode.INLINE).curateDepth1(TASK, FailureArtifacts.fromRoundDirectory(round));
    }
    assertThat(r.attempts()).hasSize(2);
    assertThat(r.attempts().get(0).validation().issues()).extracting(i -> i.path())
        .contains("failure.layer", "observation");
    assertThat(r.attempts().get(1).validation().valid()).isTrue();
    assertThat(r.record()).isEqualTo(validRecord());
    assertThat(r.usage().modelCalls()).isEqualTo(2);
    JsonNode repair = server.requests().get(1).json();
    assertThat(repair.path("tool_choice").path("name").asText()).isEqualTo("write_record");
    assertThat(repair.toString()).contains("failure.layer");
    assertThat(r.audit().path("attempts")).hasSize(2);
  }

  @Test
  void issuesThatSurviveTheRepairAreReportedNotHidden() {
    ObjectNode bad = validRecord();
    ((ObjectNode) bad.get("failure")).put("scope", "regime_bound");
    server.respondWith(req -> FakeReply.toolUse("write_record", bad));
    CurationResult r;
    try (var c = client(0, Duration.ofSeconds(10))) {
      r = curator(c, CurationMode.INLINE).curateDepth1(TASK, FailureArtifacts.fromRoundDirectory(round));
    }
    assertThat(r.validation().valid()).isFalse();
    assertThat(r.attempts()).hasSize(2).allSatisfy(a -> assertThat(a.validation().valid()).isFalse());
    assertThat(r.audit().path("output").path("valid").asBoolean()).isFalse();
  }

  @Test
  void aModelThatNeverWritesHitsTheLoopLimit() {
    server.respondWith(req -> FakeReply.toolUse("Read", read(round.resolve("exec.log").toString())));
    try (var c = client(0, Duration.ofSeconds(10))) {
      LlmCurator cur = LlmCurator.builder(c).mode(CurationMode.TOOLS).outputPath(output).maxTurns(3).build();
      assertThatThrownBy(() -> cur.curateDepth1(TASK, FailureArtifacts.fromRoundDirectory(round)))
          .isInstanceOf(CurationFailedException.class)
          .hasMessageContaining("made 3 calls without writing the record");
    }
    assertThat(server.requests()).hasSize(3);
    assertThat(output).doesNotExist();
  }

  @Test
  void rateLimitThenSuccessIsRetried() {
    server.enqueue(FakeReply.error(429, "rate_limit_error").withHeader("retry-after-ms", "5"),
        FakeReply.toolUse("write_record", validRecord()));
    try (var c = client(2, Duration.ofSeconds(10))) {
      CurationResult r = curator(c, CurationMode.INLINE).curateDepth1(TASK, FailureArtifacts.fromRoundDirectory(round));
      assertThat(r.record()).isEqualTo(validRecord());
    }
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void overloadedUntilRetriesRunOut() {
    server.respondWith(req -> FakeReply.error(529, "overloaded_error"));
    try (var c = client(2, Duration.ofSeconds(10))) {
      assertThatThrownBy(() -> curator(c, CurationMode.INLINE).curateDepth1(TASK, FailureArtifacts.fromRoundDirectory(round)))
          .isInstanceOf(ModelUnavailableException.class)
          .hasMessageContaining("HTTP 529 (overloaded) on all 3 attempts");
    }
    assertThat(server.requests()).hasSize(3);
    assertThat(output).doesNotExist();
  }

  @Test
  void serverErrorUntilRetriesRunOut() {
    server.respondWith(req -> FakeReply.error(500, "api_error"));
    try (var c = client(1, Duration.ofSeconds(10))) {
      assertThatThrownBy(() -> curator(c, CurationMode.TOOLS).curateDepth1(TASK, FailureArtifacts.fromRoundDirectory(round)))
          .isInstanceOf(ModelUnavailableException.class)
          .hasMessageContaining("HTTP 500 (server error) on all 2 attempts");
    }
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void aSlowModelTimesOut() {
    server.enqueue(FakeReply.toolUse("write_record", validRecord()).withDelay(Duration.ofSeconds(3)));
    try (var c = client(0, Duration.ofMillis(300))) {
      assertThatThrownBy(() -> curator(c, CurationMode.INLINE).curateDepth1(TASK, FailureArtifacts.fromRoundDirectory(round)))
          .isInstanceOf(ModelTimeoutException.class)
          .hasMessageContaining("timed out after 300 ms");
    }
    assertThat(output).doesNotExist();
  }

  @Test
  void aMissingApiKeyFailsBeforeAnyRequest() {
    var settings = AnthropicSettings.fromEnv(Map.of()).withBaseUrl(server.baseUrl());
    assertThat(settings.toString()).contains("apiKey=(none)");
    try (var c = AnthropicModelClient.create(settings)) {
      assertThatThrownBy(() -> curator(c, CurationMode.INLINE).curateDepth1(TASK, FailureArtifacts.fromRoundDirectory(round)))
          .isInstanceOf(MissingApiKeyException.class)
          .hasMessageContaining("ANTHROPIC_API_KEY is not set");
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void theKeyTravelsAsAuthHeaderButNeverIntoTheAudit() {
    server.enqueue(FakeReply.toolUse("write_record", validRecord()));
    CurationResult r;
    try (var c = client(0, Duration.ofSeconds(10))) {
      r = curator(c, CurationMode.INLINE).curateDepth1(TASK, FailureArtifacts.fromRoundDirectory(round));
      assertThat(c.settings().toString()).doesNotContain(KEY);
    }
    assertThat(server.requests().get(0).headers().toString()).contains(KEY);
    assertThat(r.audit().toString()).doesNotContain(KEY);
    assertThat(r.audit().path("inputs").path("round1_eval_log").path("missing").asBoolean()).isTrue();
  }
}
