package org.negativeknowledge.curator.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.curator.anthropic.AnthropicModelClient;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.curator.fake.FakeMessagesServer;
import org.negativeknowledge.curator.fake.FakeReply;
import org.negativeknowledge.record.NkJson;

/**
 * The repair turn sends the record, its issues and the bounds, not the artifacts again; the tool
 * loop, which must resend its conversation, marks each request's end for the prompt cache.
 */
class RepairTurnTest {

  static final String EXEC_MARK = "EXECLOG-MARKER-9931";
  static final String REASONING_MARK = "REASONING-MARKER-5521";
  static final TaskContext TASK = new TaskContext("900", "Predict y from x and save pred.csv.");

  @TempDir Path tmp;
  FailureArtifacts round;
  Path output;
  FakeMessagesServer server;

  @BeforeEach
  void setUp() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("round1"));
    Files.writeString(dir.resolve("candidate.py"), "import shap\nprint('hi')\n");
    StringBuilder log = new StringBuilder("exit_code=1\n" + EXEC_MARK + "\n");
    for (int i = 0; i < 400; i++) {
      log.append("epoch ").append(i).append(" loss=0.").append(1000 - i).append(" lr=0.001 batch=64\n");
    }
    log.append("ModuleNotFoundError: No module named 'shap'\n");
    Files.writeString(dir.resolve("exec.log"), log);
    Files.writeString(dir.resolve("reasoning.md"), "# Plan\n" + REASONING_MARK + " Use shap.TreeExplainer.\n");
    round = FailureArtifacts.fromRoundDirectory(dir);
    output = tmp.resolve("out/record.json");
    Files.createDirectories(output.getParent());
    server = FakeMessagesServer.start();
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private CurationResult curate(CurationMode mode) {
    try (var c = AnthropicModelClient.create(AnthropicSettings.fromEnv(Map.of()).withBaseUrl(server.baseUrl())
        .withApiKey("sk-repair").withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1)))) {
      return LlmCurator.builder(c).mode(mode).outputPath(output).build().curateDepth1(TASK, round);
    }
  }

  static ObjectNode tooLong() {
    ObjectNode bad = LlmCuratorFaultTest.validRecord();
    bad.put("observation", "ModuleNotFoundError for shap " + "at import time ".repeat(20));
    return bad;
  }

  @Test
  void theInlineRepairSendsTheRecordItsIssuesAndTheBoundsButNoArtifact() {
    server.enqueue(FakeReply.toolUse("write_record", tooLong()),
        FakeReply.toolUse("write_record", LlmCuratorFaultTest.validRecord()));
    CurationResult r = curate(CurationMode.INLINE);

    assertThat(r.record()).isEqualTo(LlmCuratorFaultTest.validRecord());
    assertThat(server.requests()).hasSize(2);
    String first = server.requests().get(0).body();
    String repair = server.requests().get(1).body();
    assertThat(first).contains(EXEC_MARK, REASONING_MARK);
    assertThat(repair).doesNotContain(EXEC_MARK).doesNotContain(REASONING_MARK).doesNotContain("import shap\\nprint");
    assertThat(repair).contains("at import time at import time")
        .contains("observation [too_long]")
        .contains("`observation`: at most 200 characters")
        .contains("`failure.layer`: one of");
    JsonNode json = server.requests().get(1).json();
    assertThat(json.path("messages")).hasSize(1);
    assertThat(json.path("tool_choice").path("name").asText()).isEqualTo("write_record");
    assertThat(FakeMessagesServer.tokens(repair)).isLessThan(FakeMessagesServer.tokens(first));
  }

  @Test
  void theToolsRepairIsAFreshConversationOfferingOnlyWrite() {
    server.enqueue(
        FakeReply.toolUse("Read", LlmCuratorFaultTest.read(round.execLog().toString())),
        FakeReply.toolUse("Write", write(NkJson.pretty(tooLong()))),
        FakeReply.toolUse("Write", write(NkJson.pretty(LlmCuratorFaultTest.validRecord()))));
    CurationResult r = curate(CurationMode.TOOLS);

    assertThat(r.record()).isEqualTo(LlmCuratorFaultTest.validRecord());
    assertThat(r.attempts()).hasSize(2);
    assertThat(server.requests()).hasSize(3);
    assertThat(server.requests().get(1).body()).contains(EXEC_MARK);
    JsonNode repair = server.requests().get(2).json();
    assertThat(repair.toString()).doesNotContain(EXEC_MARK).contains("observation [too_long]")
        .contains(output.getFileName().toString());
    assertThat(repair.path("messages")).hasSize(1);
    assertThat(repair.path("tools")).hasSize(1);
    assertThat(repair.path("tools").get(0).path("name").asText()).isEqualTo("Write");
    assertThat(repair.path("tool_choice").path("name").asText()).isEqualTo("Write");
  }

  @Test
  void theToolLoopMarksTheEndOfEachRequestSoTheNextReadsItFromTheCache() {
    server.enqueue(
        FakeReply.toolUse("Read", LlmCuratorFaultTest.read(round.execLog().toString())),
        FakeReply.toolUse("Read", LlmCuratorFaultTest.read(round.reasoning().toString())),
        FakeReply.toolUse("Read", LlmCuratorFaultTest.read(round.code().toString())),
        FakeReply.toolUse("Write", write(NkJson.pretty(LlmCuratorFaultTest.validRecord()))));
    CurationResult r = curate(CurationMode.TOOLS);

    assertThat(server.requests()).hasSize(4);
    for (FakeMessagesServer.RecordedRequest q : server.requests()) {
      String body = q.body();
      assertThat(body.split("\"cache_control\"", -1)).as("one cache point per request").hasSize(2);
      JsonNode messages = q.json().path("messages");
      JsonNode lastContent = messages.get(messages.size() - 1).path("content");
      assertThat(lastContent.get(lastContent.size() - 1).path("cache_control").path("type").asText())
          .isEqualTo("ephemeral");
    }
    assertThat(r.usage().cacheReadTokens()).as("later turns read what earlier turns cached").isPositive();
    assertThat(r.usage().cacheWriteTokens()).isPositive();
    assertThat(r.usage().inputTokens()).isGreaterThan(r.usage().cacheReadTokens());
    assertThat(r.audit().path("usage").path("cache_read_tokens").asLong()).isEqualTo(r.usage().cacheReadTokens());
  }

  @Test
  void anInlineCurationWithoutRepairSetsNoCachePoint() {
    server.enqueue(FakeReply.toolUse("write_record", LlmCuratorFaultTest.validRecord()));
    curate(CurationMode.INLINE);
    assertThat(server.requests().get(0).body()).doesNotContain("cache_control");
  }

  @Test
  void theBoundsListEveryLimitOfADeepRecord() {
    ObjectNode schema = org.negativeknowledge.schema.RecordSchemas.schema(
        org.negativeknowledge.record.RecordShape.DEEP, org.negativeknowledge.taxonomy.TaxonomyProfile.core(), 3);
    List<String> bounds = RepairPrompt.bounds(schema);
    assertThat(bounds).contains("`depth`: exactly 3", "`rounds_summary`: exactly 3 items",
        "`rounds_summary[].attempted_route`: at most 200 characters", "`synthesised_diagnosis`: at most 400 characters",
        "`ruled_out_routes`: at least 2 items");
    assertThat(bounds).anySatisfy(b -> assertThat(b).startsWith("`failure.scope`: one of"));
  }

  private ObjectNode write(String content) {
    return NkJson.mapper().createObjectNode().put("file_path", output.toString()).put("content", content);
  }
}
