package org.negativeknowledge.curator.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.testing.PaperData;
import org.negativeknowledge.curator.replay.ReplayCase;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.ValidationLevel;
import org.negativeknowledge.validation.Validator;

class OfflineCuratorTest {

  @TempDir static Path work;
  private static List<AgreementCase> rows;
  private static final OfflineCurator CURATOR = new OfflineCurator();
  private static final Validator STRICT = Validator.of(TaxonomyProfile.core(), ValidationLevel.STRICT);

  @BeforeAll
  static void curateEveryAuditCase() {
    Optional<Path> audits = PaperData.find("section3/curator_audit");
    if (audits.isPresent()) {
      rows = AgreementCases.section3(audits.get(), work, Section3Split.load());
    }
  }

  private static List<AgreementCase> rows() {
    assumeTrue(rows != null, "the paper's data (../shared/nk-paper/section3/curator_audit) is absent: skipping");
    return rows;
  }

  private static AgreementCase row(String name) {
    return rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  private static ReplayCase materialise(String name) {
    Path dir = PaperData.find("section3/curator_audit").orElseThrow();
    return ReplayCase.materialise(dir.resolve(name + ".json"), work.resolve("again"));
  }

  @Test
  void everyAuditCaseYieldsAStrictlyValidRecord() {
    assertThat(rows()).hasSizeGreaterThanOrEqualTo(40);
    for (AgreementCase r : rows()) {
      CurationResult c = r.result();
      int depth = r.kind().equals("deep") ? c.record().path("depth").asInt() : 1;
      assertThat(STRICT.validateNk(c.record(), depth).issues()).as(r.name()).isEmpty();
      assertThat(c.validation().valid()).as(r.name()).isTrue();
      assertThat(c.usage().totalTokens()).isZero();
      assertThat(c.usage().modelCalls()).isZero();
      assertThat(c.usage().stopReason()).isEqualTo("offline");
      assertThat(c.audit().path("curator").asText()).isEqualTo("offline");
      assertThat(c.audit().path("signature_key").asText()).isNotBlank();
      assertThat(c.record().has("curator")).as("provenance stays out of the record").isFalse();
      assertThat(c.attempts()).hasSize(1);
    }
  }

  @Test
  void everySection4RoundYieldsAStrictlyValidExplorationRecordThatQuotesNoPath() {
    Path section4 = PaperData.resolve("section4");
    List<AgreementCase> cases = AgreementCases.section4(section4);
    Validator strict = Validator.of(TaxonomyProfile.exploration(), ValidationLevel.STRICT);

    assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
    for (AgreementCase c : cases) {
      assertThat(strict.validateNk(c.result().record(), 1).issues()).as(c.name()).isEmpty();
      assertNoAbsolutePath(c);
    }
    rows().forEach(OfflineCuratorTest::assertNoAbsolutePath);
  }

  private static void assertNoAbsolutePath(AgreementCase c) {
    for (String field : new String[] {"observation", "rationale", "recommended_alternative", "synthesised_diagnosis"}) {
      assertThat(c.result().record().path(field).asText("")).as(c.name() + " " + field)
          .doesNotContainPattern("(?:^|[\\s'(])/(?:Users|home|tmp|opt|usr)/");
    }
  }

  @Test
  void layerAgreesWithTheModelWrittenRecordsOnTheTuningSplit() {
    // only the tuning split is asserted here: the frozen split is measured by bench/offline-agreement.sh
    List<AgreementCase> tuning = OfflineAgreementBench.select(rows(), Section3Split.TUNING);
    assertThat(tuning).hasSizeGreaterThanOrEqualTo(20);
    assertThat(OfflineAgreementBench.agreement(tuning, "layer", c -> c.actualFacet("layer")))
        .isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void missingModuleRecordSaysWhatIsMissingAndNamesAKnownReplacement() {
    ObjectNode rec = row("task_002").result().record();

    assertThat(rec.path("observation").asText()).contains("ModuleNotFoundError: No module named 'shap'", "candidate.py:10", "exit code 1");
    assertThat(rec.path("rationale").asText()).startsWith("shap is not installed in the execution environment");
    assertThat(rec.path("recommended_alternative").asText()).contains("sklearn.inspection.permutation_importance");
    assertThat(rec.path("attempted_route").asText()).contains("shap.TreeExplainer", "sklearn.ensemble.RandomForestRegressor");
    assertThat(rec.path("failure").path("layer").asText()).isEqualTo("implementation_failure");
    assertThat(row("task_002").result().audit().path("signature_key").asText())
        .isEqualTo("ModuleNotFoundError: No module named 'shap'");
  }

  @Test
  void missingModuleWithoutAKnownReplacementSaysWhatToCheck() throws java.io.IOException {
    FailureArtifacts round = RoundFixture.in(work.resolve("nodgl"))
        .code("import dgl\nimport torch\ng = dgl.graph(([0], [1]))\n")
        .execLog(RoundFixture.crash("ModuleNotFoundError: No module named 'dgl'", "import dgl"))
        .write();
    ObjectNode rec = CURATOR.curateDepth1(new org.negativeknowledge.curator.TaskContext("t", ""), round).record();

    assertThat(rec.path("rationale").asText()).contains("dgl is not installed in the execution environment");
    assertThat(rec.path("recommended_alternative").asText()).startsWith("No specific replacement can be derived offline");
  }

  @Test
  void evaluatorCrashIsCommunicationOnAFirstAttempt() {
    ObjectNode rec = row("task_015").result().record();

    assertThat(rec.path("failure").path("layer").asText()).isEqualTo("communication_failure");
    assertThat(rec.path("observation").asText()).contains("evaluator crashed", "KeyError");
    assertThat(rec.path("recommended_alternative").asText()).contains("Y");
  }

  @Test
  void partialScoreIsMethodAndPartial() {
    // round 2 of task_022's deep run was scored 292 / 336
    ReplayCase c = materialise("task_022_deep");
    CurationResult r = CURATOR.curateDepth1(c.task(), c.rounds().get(1));
    JsonNode failure = r.record().path("failure");

    assertThat(failure.path("layer").asText()).isEqualTo("method_failure");
    assertThat(failure.path("degree").asText()).isEqualTo("partial");
    assertThat(r.record().path("observation").asText()).contains("292 / 336");
  }

  @Test
  void round2RecordCarriesTheRelationshipToRound1() {
    for (AgreementCase r : rows()) {
      if (r.kind().equals("round2")) {
        ObjectNode rec = r.result().record();
        assertThat(rec.path("round").asInt()).as(r.name()).isEqualTo(2);
        assertThat(rec.path("relationship_to_round1").asText()).as(r.name())
            .isIn("round1_recipe_was_correct_but_insufficient", "round1_recipe_was_wrong",
                "new_failure_mode_unrelated_to_round1");
      }
    }
    // round 1 crashed, round 2 ran and was scored: round 1's fix worked but was not enough
    assertThat(row("task_002_r2").result().record().path("relationship_to_round1").asText())
        .isEqualTo("round1_recipe_was_correct_but_insufficient");
  }

  @Test
  void deepRecordOverThreeRoundsRulesOutEachRouteAndFindsTheRecurringFailure() {
    ObjectNode rec = row("task_002_deep").result().record();

    assertThat(rec.path("depth").asInt()).isEqualTo(3);
    assertThat(rec.path("rounds_summary")).hasSize(3);
    assertThat(rec.path("ruled_out_routes").size()).isGreaterThanOrEqualTo(2);
    assertThat(rec.path("synthesised_diagnosis").asText()).startsWith("Rounds 1 and 3 failed the same way")
        .contains("shap");
    assertThat(rec.path("failure").path("scope").asText()).isEqualTo("regime_bound_failure");
    String alt = rec.path("recommended_alternative").asText().toLowerCase();
    rec.path("ruled_out_routes").forEach(r -> assertThat(alt).isNotEqualTo(r.asText().toLowerCase()));
  }

  @Test
  void deepRecordOverTwoRoundsIsValid() {
    ReplayCase c = materialise("task_035_deep");
    CurationResult r = CURATOR.curateDeep(c.task(), c.rounds().subList(0, 2));

    assertThat(r.record().path("depth").asInt()).isEqualTo(2);
    assertThat(r.validation().issues()).isEmpty();
    assertThat(STRICT.validateNk(r.record(), 2).issues()).isEmpty();
    assertThat(r.record().path("ruled_out_routes").size()).isEqualTo(2);
    assertThat(r.record().path("synthesised_diagnosis").asText()).contains("Each round failed differently");
    assertThat(r.audit().path("rounds")).hasSize(2);
  }

  @Test
  void deepRecordOverIdenticalRoundsStillRulesOutTwoRoutes() {
    ReplayCase c = materialise("task_002");
    FailureArtifacts same = c.rounds().get(0);
    List<FailureArtifacts> rounds = new ArrayList<>(List.of(same, same, same));
    CurationResult r = CURATOR.curateDeep(c.task(), rounds);

    assertThat(r.validation().issues()).isEmpty();
    assertThat(r.record().path("ruled_out_routes").size()).isGreaterThanOrEqualTo(2);
    assertThat(r.record().path("synthesised_diagnosis").asText()).startsWith("All 3 rounds failed the same way");
  }

  @Test
  void deepNeedsTwoRounds() {
    ReplayCase c = materialise("task_002");
    assertThatThrownBy(() -> CURATOR.curateDeep(c.task(), c.rounds()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 rounds");
  }

  @Test
  void auditRecordsEachInputWithItsHash() {
    JsonNode audit = row("task_015").result().audit();

    JsonNode inputs = audit.path("rounds").get(0).path("inputs");
    assertThat(inputs).hasSize(4);
    inputs.forEach(i -> assertThat(i.path("sha256").asText()).hasSize(64));
    assertThat(audit.path("rules").path("layer").asText()).isNotBlank();
    assertThat(audit.path("rules_version").asText()).isEqualTo(OfflineCurator.RULES_VERSION);
  }

  @Test
  void physicsRoundDirectoriesWithNonFiniteValuesYieldValidRecords() {
    Path program = PaperData.find(".").map(p -> p.resolve("section4/stage1/BKdV-S1")).orElse(null);
    assumeTrue(program != null && java.nio.file.Files.isDirectory(program), "section-4 stage-1 logs absent: skipping");
    org.negativeknowledge.curator.TaskContext task = new org.negativeknowledge.curator.TaskContext("BKdV-S1", "");
    List<FailureArtifacts> rounds = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      rounds.add(FailureArtifacts.fromRoundDirectory(program.resolve("round" + i)));
    }

    CurationResult one = CURATOR.curateDepth1(task, rounds.get(0));
    assertThat(one.validation().issues()).isEmpty();
    assertThat(one.record().path("observation").asText()).startsWith("Non-finite values: RuntimeWarning: overflow encountered");
    assertThat(one.record().path("failure").path("degree").asText()).isEqualTo("unstable");

    CurationResult deep = CURATOR.curateDeep(task, rounds);
    assertThat(deep.validation().issues()).isEmpty();
    assertThat(deep.record().path("depth").asInt()).isEqualTo(3);
  }
}
