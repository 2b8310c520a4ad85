package org.negativeknowledge.curator.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/** Each kind of evidence the layer rules read, on small round directories written for the test. */
class OfflineLayerEvidenceTest {

  @TempDir Path tmp;

  private static final OfflineCurator CORE = new OfflineCurator();
  private static final TaskContext SCORES_TASK = new TaskContext("t1",
      "Fit a classifier to the training table. Save the predicted labels to \"pred_results/scores.csv\", "
          + "with the sample id under the column id and the label under the column label.");

  private static String layer(CurationResult r) {
    return r.record().path("failure").path("layer").asText();
  }

  private static ObjectNode priorRecord(String observation) {
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    r.put("task_id", "t1");
    r.put("attempted_route", "sklearn.linear_model.LogisticRegression");
    r.put("observation", observation);
    r.put("rationale", "the run stopped early");
    r.put("recommended_alternative", "fix the call");
    r.putObject("failure").put("layer", "implementation_failure");
    return r;
  }

  private FailureArtifacts completedRound(String name, String code, String evalLog) throws IOException {
    RoundFixture f = RoundFixture.in(tmp.resolve(name)).code(code).execLog(RoundFixture.completed("Saved 10 rows"));
    return (evalLog == null ? f : f.evalLog(evalLog)).write();
  }

  @Test
  void aRunThatNeverWritesTheNamedOutputFileFailedAtTheInterface() throws IOException {
    String wrong = "import pandas as pd\ndf = pd.DataFrame({'id': [1], 'label': [0]})\ndf.to_csv('pred_results/predictions.csv')\n";
    String right = wrong.replace("predictions.csv", "scores.csv");

    CurationResult w = CORE.curateDepth1(SCORES_TASK, completedRound("wrong", wrong, null));
    CurationResult r = CORE.curateDepth1(SCORES_TASK, completedRound("right", right, null));

    assertThat(layer(w)).isEqualTo("communication_failure");
    assertThat(w.audit().path("rules").path("layer").asText()).contains("never names the output file");
    assertThat(layer(r)).isEqualTo("implementation_failure");
    assertThat(w.validation().issues()).isEmpty();
  }

  @Test
  void aRejectedOutputThatNeverSpellsANamedColumnFailedAtTheInterface() throws IOException {
    String without = "import pandas as pd\npd.DataFrame({'id': [1], 'pred': [0]}).to_csv('pred_results/scores.csv')\n";
    String with = without.replace("'pred'", "'label'");

    assertThat(layer(CORE.curateDepth1(SCORES_TASK, completedRound("without", without, RoundFixture.evaluatorVerdict("False")))))
        .isEqualTo("communication_failure");
    assertThat(layer(CORE.curateDepth1(SCORES_TASK, completedRound("with", with, RoundFixture.evaluatorVerdict("False")))))
        .isEqualTo("method_failure");
  }

  @Test
  void aFollowUpThatMissesAKnownExpectationIsTheCodesFault() throws IOException {
    String code = "import pandas as pd\npd.DataFrame({'id': [1], 'y': [0]}).to_csv('pred_results/scores.csv')\n";
    FailureArtifacts stated = completedRound("stated", code, RoundFixture.evaluatorCrash("KeyError: 'label'"));
    FailureArtifacts unstated = completedRound("unstated", code, RoundFixture.evaluatorCrash("KeyError: 'proba'"));
    ObjectNode crashedBefore = priorRecord("TypeError in fit: unexpected keyword argument 'penalty'");
    ObjectNode revealed = priorRecord("the evaluator crashed with KeyError: 'proba' reading the output");

    // first attempt: the interface, whatever the instruction says
    assertThat(layer(CORE.curateDepth1(SCORES_TASK, stated))).isEqualTo("communication_failure");
    // follow-up: the instruction names 'label', so the code is at fault
    assertThat(layer(CORE.curateRound2(SCORES_TASK, crashedBefore, stated))).isEqualTo("implementation_failure");
    // follow-up: nobody stated 'proba' before, it stays an interface failure
    assertThat(layer(CORE.curateRound2(SCORES_TASK, crashedBefore, unstated))).isEqualTo("communication_failure");
    // follow-up: the earlier record already named it
    assertThat(layer(CORE.curateRound2(SCORES_TASK, revealed, unstated))).isEqualTo("implementation_failure");
  }

  @Test
  void aDegenerateOutputOutranksTheEvaluatorCrashItCaused() throws IOException {
    FailureArtifacts round = RoundFixture.in(tmp.resolve("empty"))
        .code("import pandas as pd\npd.DataFrame({'id': [], 'label': []}).to_csv('pred_results/scores.csv')\n")
        .execLog(RoundFixture.completed("Saved 0 rows to pred_results/scores.csv"))
        .evalLog(RoundFixture.evaluatorCrash("IndexError: single positional indexer is out-of-bounds"))
        .write();

    assertThat(layer(CORE.curateDepth1(SCORES_TASK, round))).isEqualTo("implementation_failure");
  }

  @Test
  void aRoundThatReachedItsTargetFailedInItsHypothesisWhereTheProfileHasOne() throws IOException {
    FailureArtifacts round = RoundFixture.in(tmp.resolve("reached"))
        .execLog("[final] t=10.0 finite=True\n[summary] blowup_t=None reached_T10=True\nEXIT_CODE=0\n")
        .write();
    TaskContext task = new TaskContext("p1", "");

    CurationResult explored = new OfflineCurator(TaxonomyProfile.exploration()).curateDepth1(task, round);
    CurationResult core = CORE.curateDepth1(task, round);

    assertThat(layer(explored)).isEqualTo("hypothesis_failure");
    assertThat(explored.record().path("failure").path("recommended_action").asText()).isEqualTo("narrow_claim");
    assertThat(explored.record().path("observation").asText()).contains("reached_T10=True");
    assertThat(explored.validation().issues()).isEmpty();
    assertThat(layer(core)).isEqualTo("method_failure");
    assertThat(core.validation().issues()).isEmpty();
  }

  @Test
  void aDeepRecordReadsTheTrajectory() throws IOException {
    String code = "import pandas as pd\npd.DataFrame({'id': [1], 'label': [0]}).to_csv('pred_results/scores.csv')\n";
    List<FailureArtifacts> partlyRight = List.of(
        RoundFixture.in(tmp.resolve("p1")).execLog(RoundFixture.crash("ValueError: bad input", "model.fit(X)")).write(),
        completedRound("p2", code, RoundFixture.evaluatorVerdict("(0, '6 / 10')")),
        completedRound("p3", code, RoundFixture.evaluatorVerdict("(0, '7 / 10')")));
    List<FailureArtifacts> newExpectations = List.of(
        completedRound("c1", code, RoundFixture.evaluatorCrash("KeyError: 'proba'")),
        completedRound("c2", code, RoundFixture.evaluatorCrash("KeyError: 'rank'")));
    List<FailureArtifacts> sameRejection = List.of(
        completedRound("s1", code, RoundFixture.evaluatorCrash("KeyError: 'proba'")),
        completedRound("s2", code, RoundFixture.evaluatorCrash("KeyError: 'proba'")));

    assertThat(layer(CORE.curateDeep(SCORES_TASK, partlyRight))).isEqualTo("method_failure");
    assertThat(layer(CORE.curateDeep(SCORES_TASK, newExpectations))).isEqualTo("communication_failure");
    assertThat(layer(CORE.curateDeep(SCORES_TASK, sameRejection))).isEqualTo("implementation_failure");
  }
}
