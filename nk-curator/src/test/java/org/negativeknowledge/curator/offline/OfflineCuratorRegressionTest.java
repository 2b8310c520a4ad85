package org.negativeknowledge.curator.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.curator.replay.ReplayCase;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.testing.PaperData;

/**
 * Faults of the first offline rules (issue 14), each on the real folder that showed it. Section-3
 * cases used here are all from the tuning split.
 */
class OfflineCuratorRegressionTest {

  @TempDir Path work;

  private final OfflineCurator exploration = new OfflineCurator(TaxonomyProfile.exploration());

  private static List<FailureArtifacts> physicsRounds(String program) {
    Path dir = PaperData.resolve("section4/stage1/" + program);
    List<FailureArtifacts> rounds = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      rounds.add(FailureArtifacts.fromRoundDirectory(dir.resolve("round" + i)));
    }
    return rounds;
  }

  private ReplayCase audit(String name) {
    return ReplayCase.materialise(PaperData.resolve("section3/curator_audit/" + name + ".json"), work);
  }

  @Test
  void aDivergedRoundQuotesTheOverflowWarningNotItsPathLine() {
    ObjectNode rec = exploration.curateDepth1(new TaskContext("BKdV-S1", ""), physicsRounds("BKdV-S1").get(0)).record();

    for (String field : new String[] {"observation", "rationale"}) {
      assertThat(rec.path(field).asText()).as(field)
          .contains("overflow encountered in multiply")
          .doesNotContain("/Users/")
          .doesNotContain("site-packages");
    }
    assertThat(rec.path("recommended_alternative").asText()).doesNotContain("/Users/");
  }

  @Test
  void aDeepRecordDoesNotCallARoundFailedWhoseLogShowsTheTargetReached() {
    CurationResult deep = exploration.curateDeep(new TaskContext("BKdV-S1", ""), physicsRounds("BKdV-S1"));
    ObjectNode rec = deep.record();

    assertThat(deep.validation().issues()).isEmpty();
    JsonNode summary = rec.path("rounds_summary");
    assertThat(summary.get(0).path("observation").asText()).contains("overflow encountered in multiply");
    for (int i = 1; i <= 2; i++) {
      assertThat(summary.get(i).path("observation").asText()).as("round " + (i + 1))
          .contains("target reached", "reached_T10=True")
          .doesNotContain("fail");
    }
    assertThat(rec.path("synthesised_diagnosis").asText())
        .startsWith("Round 1 failed")
        .contains("Rounds 2 and 3 reached the target");
    rec.path("ruled_out_routes").forEach(r -> assertThat(r.asText()).doesNotContain("reached"));
    assertThat(rec.path("ruled_out_routes").size()).isGreaterThanOrEqualTo(2);
    assertThat(rec.path("recommended_alternative").asText()).startsWith("Follow round 3's route");
  }

  @Test
  void anOutputThatMatchesNoReferenceItemIsACommunicationFailure() {
    ReplayCase c = audit("task_022");
    ObjectNode rec = new OfflineCurator().curateDepth1(c.task(), c.rounds().get(0)).record();

    assertThat(rec.path("failure").path("layer").asText()).isEqualTo("communication_failure");
  }

  @Test
  void aDeepRecordOfShiftingOutputFailuresIsNotAMethodFailure() {
    ReplayCase c = audit("task_022_deep");
    ObjectNode rec = new OfflineCurator().curateDeep(c.task(), c.rounds()).record();

    assertThat(rec.path("failure").path("layer").asText()).isEqualTo("implementation_failure");
  }
}
