package org.negativeknowledge.curator.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.curator.anthropic.AnthropicModelClient;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.curator.fake.FakeMessagesServer;
import org.negativeknowledge.curator.fake.FakeReply;
import org.negativeknowledge.record.NkJson;

/**
 * A hostile or broken model (or proxy) answers with a huge tool input. The curation must end in a
 * clear error that names the size and the limit, with the audit kept, not in an unexpected crash.
 */
@Tag("security")
class OversizedAnswerTest {

  static final TaskContext TASK = new TaskContext("900", "Predict y.");
  static final int THIRTY_MB = 30 * 1024 * 1024;

  @TempDir Path tmp;
  FailureArtifacts round;
  Path output;
  FakeMessagesServer server;

  @BeforeEach
  void setUp() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("round1"));
    Files.writeString(dir.resolve("candidate.py"), "import shap\n");
    Files.writeString(dir.resolve("exec.log"), "exit_code=1\nModuleNotFoundError: No module named 'shap'\n");
    Files.writeString(dir.resolve("reasoning.md"), "Use shap.\n");
    round = FailureArtifacts.fromRoundDirectory(dir);
    output = tmp.resolve("out.json");
    server = FakeMessagesServer.start();
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private CuratorException failure(CurationMode mode) {
    try (var c = AnthropicModelClient.create(AnthropicSettings.fromEnv(Map.of()).withBaseUrl(server.baseUrl())
        .withApiKey("sk-oversized").withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1))
        .withTimeout(Duration.ofSeconds(60)))) {
      LlmCurator curator = LlmCurator.builder(c).mode(mode).outputPath(output).build();
      Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> curator.curateDepth1(TASK, round));
      assertThat(t).isInstanceOf(CuratorException.class);
      return (CuratorException) t;
    }
  }

  private static void assertAuditedWithoutTheHugeInput(CuratorException e) {
    assertThat(e.audit()).isPresent();
    ObjectNode audit = e.audit().get();
    assertThat(audit.path("error").asText()).isEqualTo(e.getMessage());
    assertThat(audit.path("prompt").path("content").asText()).contains("# Task 900");
    assertThat(NkJson.compact(audit).length()).as("the audit does not hold the huge answer").isLessThan(200_000);
  }

  @Test
  void aThirtyMegabyteWriteRecordInputIsRefusedAndAudited() {
    ObjectNode huge = NkJson.mapper().createObjectNode().put("task_id", "900").put("observation", "x".repeat(THIRTY_MB));
    server.respondWith(req -> FakeReply.toolUse("write_record", huge));
    CuratorException e = failure(CurationMode.INLINE);
    assertThat(e).hasMessageContaining("oversized answer").hasMessageContaining("limit");
    assertAuditedWithoutTheHugeInput(e);
    assertThat(output).doesNotExist();
  }

  @Test
  void aThirtyMegabyteWriteContentIsRefusedAndAudited() {
    ObjectNode huge = NkJson.mapper().createObjectNode()
        .put("file_path", output.toString()).put("content", "{\"task_id\":\"" + "x".repeat(THIRTY_MB) + "\"}");
    server.respondWith(req -> FakeReply.toolUse("Write", huge));
    CuratorException e = failure(CurationMode.TOOLS);
    assertThat(e).hasMessageContaining("oversized answer");
    assertAuditedWithoutTheHugeInput(e);
    assertThat(output).doesNotExist();
  }

  @Test
  void aToolInputOverTheCuratorsLimitIsRefusedEvenWhenTheAnswerCanBeRead() {
    ObjectNode big = NkJson.mapper().createObjectNode().put("task_id", "900");
    for (int i = 0; i < 100; i++) {
      big.put("field_" + i, "y".repeat(10_000));
    }
    server.respondWith(req -> FakeReply.toolUse("write_record", big));
    CuratorException e = failure(CurationMode.INLINE);
    assertThat(e).isInstanceOf(CurationFailedException.class)
        .hasMessageContaining("oversized answer").hasMessageContaining("write_record");
    assertAuditedWithoutTheHugeInput(e);
    assertThat(e.audit().get().path("tool_calls").get(0).path("outcome").asText()).isEqualTo("refused");
    assertThat(server.requests()).as("no repair turn for an oversized answer").hasSize(1);
  }
}
