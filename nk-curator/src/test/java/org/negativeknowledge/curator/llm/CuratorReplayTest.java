package org.negativeknowledge.curator.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.anthropic.AnthropicModelClient;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.curator.fake.FakeMessagesServer;
import org.negativeknowledge.testing.PaperData;
import org.negativeknowledge.curator.replay.ReplayCase;
import org.negativeknowledge.curator.replay.ReplayModel;

/**
 * Replays the paper's curator runs through the real SDK against the fake Messages server: the fake
 * model answers with the recorded record, and the landed record must equal it, with every input in
 * the audit under the right SHA-256.
 */
class CuratorReplayTest {

  static final String KEY = "sk-test-key-never-logged-0123456789";

  @TempDir Path work;

  static AnthropicModelClient client(FakeMessagesServer server) {
    return AnthropicModelClient.create(
        AnthropicSettings.fromEnv(Map.of())
            .withBaseUrl(server.baseUrl())
            .withApiKey(KEY)
            .withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1))
            .withTimeout(Duration.ofSeconds(20)));
  }

  @TestFactory
  Stream<DynamicTest> replaysEveryPaperRunInBothModes() {
    var dir = PaperData.find("section3/curator_audit");
    Assumptions.assumeTrue(dir.isPresent(), "../shared/nk-paper/section3/curator_audit is absent: replay skipped");
    List<DynamicTest> tests = new ArrayList<>();
    for (Path audit : ReplayCase.auditFiles(dir.get())) {
      for (CurationMode mode : CurationMode.values()) {
        tests.add(DynamicTest.dynamicTest(audit.getFileName() + " " + mode, () -> replay(audit, mode)));
      }
    }
    return tests.stream();
  }

  private void replay(Path auditFile, CurationMode mode) throws Exception {
    ReplayCase c = ReplayCase.materialise(auditFile, work.resolve(mode.name()));
    Path output = work.resolve(mode.name()).resolve(c.name() + ".out.json");
    try (FakeMessagesServer server = FakeMessagesServer.start();
        AnthropicModelClient client = client(server)) {
      server.respondWith(mode == CurationMode.INLINE
          ? ReplayModel.inline(c.expected())
          : ReplayModel.tools(List.copyOf(c.inputs().values()), output, c.expected()));
      LlmCurator curator = LlmCurator.builder(client).mode(mode).outputPath(output).build();
      CurationResult r = switch (c.kind()) {
        case "deep" -> curator.curateDeep(c.task(), c.rounds());
        case "round2" -> curator.curateRound2(c.task(), c.priorRecord(), c.rounds().get(0));
        default -> curator.curateDepth1(c.task(), c.rounds().get(0));
      };
      org.negativeknowledge.curator.RecordFiles.writeAtomically(output, r.record());

      assertThat(org.negativeknowledge.record.NkJson.parseObject(Files.readString(output)))
          .isEqualTo(c.expected());
      JsonNode inputs = r.audit().path("inputs");
      for (var e : c.inputs().entrySet()) {
        String name = e.getKey();
        assertThat(inputs.path(name).path("sha256").asText()).as(name).isEqualTo(c.materialisedSha(name));
        assertThat(inputs.path(name).path("path").asText()).as(name).isEqualTo(e.getValue().toString());
        String contentSha = org.negativeknowledge.curator.ArtifactReader.sha256(
            Files.readAllBytes(e.getValue()));
        if (contentSha.equals(c.recordedSha().get(name))) {
          assertThat(inputs.path(name).path("sha256").asText()).isEqualTo(c.recordedSha().get(name));
        }
      }
      long missing = 0;
      for (JsonNode in : inputs) {
        if (in.path("missing").asBoolean(false)) {
          missing++;
        }
      }
      assertThat(inputs.size() - missing - (c.priorRecord() != null ? 1 : 0)).isEqualTo(c.inputs().size());
      assertThat(r.audit().toString()).doesNotContain(KEY);
      if (mode == CurationMode.INLINE) {
        assertThat(r.usage().modelCalls()).isBetween(1, 2);
        assertThat(server.requests()).hasSize(r.usage().modelCalls());
      } else {
        assertThat(r.usage().toolCalls()).isGreaterThanOrEqualTo(c.inputs().size() + 1);
      }
      assertThat(r.attempts()).isNotEmpty();
      assertThat(r.attempts().get(r.attempts().size() - 1).record()).isEqualTo(c.expected());
    }
  }
}
