package org.negativeknowledge.curator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.curator.anthropic.AnthropicModelClient;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.curator.fake.FakeMessagesServer;
import org.negativeknowledge.curator.fake.FakeReply;
import org.negativeknowledge.curator.llm.LlmCurator;
import org.negativeknowledge.curator.offline.OfflineCurator;
import org.negativeknowledge.record.NkJson;

/** Both curators say, typed, who curated from which inputs; nobody has to read the audit back. */
class CurationProvenanceTest {

  static final TaskContext TASK = new TaskContext("900", "Predict y.");

  @TempDir Path tmp;
  List<FailureArtifacts> rounds = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    for (int i = 1; i <= 2; i++) {
      Path dir = Files.createDirectories(tmp.resolve("round" + i));
      Files.writeString(dir.resolve("candidate.py"), "import pandas as pd\ndf = pd.read_csv('x.csv')\ndf['price_usd']\n");
      Files.writeString(dir.resolve("exec.log"), "exit_code=1\nTraceback (most recent call last):\n"
          + "  File \"candidate.py\", line 3, in <module>\nKeyError: 'price_usd' round " + i + "\n");
      Files.writeString(dir.resolve("reasoning.md"), "Round " + i + ": read the prices.\n");
      if (i == 2) {
        Files.writeString(dir.resolve("eval.log"), "score=0.0\n");
      }
      rounds.add(FailureArtifacts.fromRoundDirectory(dir));
    }
  }

  static String sha(Path p) throws Exception {
    return ArtifactReader.sha256(Files.readAllBytes(p));
  }

  private void assertInputsOfTwoRounds(CurationProvenance p) throws Exception {
    assertThat(p.inputHashes().keySet()).containsExactly(
        "r1_candidate", "r1_exec_log", "r1_reasoning", "r2_candidate", "r2_exec_log", "r2_eval_log", "r2_reasoning");
    assertThat(p.inputHashes().get("r2_eval_log")).isEqualTo(sha(rounds.get(1).evalLog().orElseThrow()));
    for (InputHash h : p.inputs()) {
      assertThat(h.sha256()).as(h.name()).isEqualTo(sha(h.path().orElseThrow()));
      assertThat(h.bytes()).isEqualTo(Files.size(h.path().orElseThrow()));
    }
  }

  @Test
  void anOfflineCurationCarriesItsKindInputsAndSignatureKey() throws Exception {
    CurationResult deep = new OfflineCurator().curateDeep(TASK, rounds);
    CurationProvenance p = deep.provenance();
    assertThat(p.curator()).isEqualTo(CuratorKind.OFFLINE);
    assertThat(p.curator().wireName()).isEqualTo("offline");
    assertThat(p.model()).isEmpty();
    assertThat(p.promptVariant()).isEqualTo("deep");
    assertThat(p.signatureKey()).hasValue(deep.audit().path("signature_key").asText());
    assertThat(p.signatureKey().orElseThrow()).contains("KeyError");
    assertInputsOfTwoRounds(p);

    CurationProvenance one = new OfflineCurator().curateDepth1(TASK, rounds.get(0)).provenance();
    assertThat(one.promptVariant()).isEqualTo("depth1");
    assertThat(one.inputHashes().keySet()).containsExactly("round1_candidate", "round1_exec_log", "round1_reasoning");
  }

  @Test
  void aModelCurationCarriesItsModelAndTheSameInputNames() throws Exception {
    ObjectNode deepRecord = NkJson.parseObject("{\"task_id\":\"900\"}");
    ObjectNode r1 = NkJson.parseObject("{\"task_id\":\"900\",\"observation\":\"KeyError\"}");
    try (FakeMessagesServer server = FakeMessagesServer.start();
        AnthropicModelClient c = AnthropicModelClient.create(AnthropicSettings.fromEnv(Map.of())
            .withBaseUrl(server.baseUrl()).withApiKey("sk-prov").withModel("haiku")
            .withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1)))) {
      server.respondWith(req -> FakeReply.toolUse("write_record", deepRecord));
      LlmCurator curator = LlmCurator.builder(c).build();
      CurationProvenance deep = curator.curateDeep(TASK, rounds).provenance();
      assertThat(deep.curator()).isEqualTo(CuratorKind.LLM);
      assertThat(deep.model()).hasValue("claude-haiku-4-5");
      assertThat(deep.promptVariant()).isEqualTo("deep");
      assertThat(deep.signatureKey()).isEmpty();
      assertInputsOfTwoRounds(deep);

      CurationProvenance r2 = curator.curateRound2(TASK, r1, rounds.get(1)).provenance();
      assertThat(r2.promptVariant()).isEqualTo("round2");
      assertThat(r2.inputHashes().keySet()).containsExactly(
          "round2_candidate", "round2_exec_log", "round2_eval_log", "round2_reasoning", "round1_nk");
      InputHash prior = r2.inputs().get(4);
      assertThat(prior.path()).isEmpty();
      assertThat(prior.sha256()).isEqualTo(ArtifactReader.sha256(NkJson.pretty(r1).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
  }

  @Test
  void aModelIdGoesWithAModelCurationOnly() {
    assertThatThrownBy(() -> new CurationProvenance(CuratorKind.OFFLINE, Optional.of("m"), "depth1", List.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model id");
    assertThatThrownBy(() -> new CurationProvenance(CuratorKind.LLM, Optional.empty(), "depth1", List.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
