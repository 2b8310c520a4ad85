package org.negativeknowledge.app.repro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.testing.PaperData;

/**
 * {@code nk repro} on the shared copy of the paper's data: every claim that paper-claims.md marks
 * computable (Y, Y*, N, C) gives the paper's value; every claim that needs the hold-out tasks (H)
 * or objects absent from the release (A) gives the value the document lists for this copy and is
 * reported as not decidable, naming what is missing.
 */
class ReproSharedCopyTest {
  /** paper-claims.md, column "shared", for the claims that need the hold-out tasks. */
  static final Map<String, ClaimValue> SHARED_COPY_VALUES = Map.ofEntries(
      Map.entry("S3-04", ClaimValue.ofInt(20)),            // CSV-NK: 24 - 4 (the document: "CSV-NK: 20")
      Map.entry("S3-08", ClaimValue.ofText("16/38")),
      Map.entry("S3-09", ClaimValue.ofText("17/38")),
      Map.entry("S3-11", ClaimValue.ofText("44.7")),
      Map.entry("S3-12", ClaimValue.ofText("+5")),
      Map.entry("S3-14", ClaimValue.ofText("4/24")),       // the document: "CSV-NK: 4/24"
      Map.entry("S3-18", ClaimValue.ofInt(1171)),
      Map.entry("S3-19", ClaimValue.ofInt(3347)),
      Map.entry("S3-20", ClaimValue.ofText("72.6")),
      Map.entry("S3-21", ClaimValue.ofText("21.7")),
      Map.entry("S3-26", ClaimValue.ofInt(14)),
      Map.entry("S3-27", ClaimValue.ofInt(7)),
      Map.entry("S3-29", ClaimValue.ofText("14.3")),
      Map.entry("S3-39", ClaimValue.ofDecimal(new java.math.BigDecimal("42.1"))));

  static final Set<String> HOLD_OUT_TASKS = Set.of("005", "012", "021", "034", "060", "078", "087", "101");

  static ReproReport report;

  @BeforeAll
  static void run() {
    report = Repro.run(PaperData.root(), Study.ALL, ReproOptions.defaults().withRecomputeVerdicts(true));
  }

  @Test
  void everyComputableClaimGivesThePapersValue() {
    for (ClaimResult r : report.results()) {
      if (!SHARED_COPY_VALUES.containsKey(r.claim().id())) {
        assertThat(r.computed()).as(r.claim().id() + " " + r.claim().measured()).isEqualTo(r.claim().paper());
        assertThat(r.outcome()).as(r.claim().id()).isEqualTo(Outcome.MATCH);
      }
    }
    assertThat(report.results()).hasSize(113);
  }

  @Test
  void everyHoldOutClaimGivesTheValueListedForThisCopyAndNamesTheMissingTasks() {
    for (var e : SHARED_COPY_VALUES.entrySet()) {
      ClaimResult r = report.result(e.getKey()).orElseThrow();
      assertThat(r.computed()).as(e.getKey()).isEqualTo(e.getValue());
      assertThat(r.outcome()).as(e.getKey()).isEqualTo(Outcome.NOT_DECIDABLE);
      assertThat(r.missingTasks()).as(e.getKey()).isNotEmpty();
      assertThat(HOLD_OUT_TASKS).as(e.getKey()).containsAll(
          r.missingTasks().stream().filter(t -> !t.equals("002")).toList());
    }
  }

  @Test
  void theSummaryLinesSayWhatMatchesAndWhy() {
    assertThat(report.studies().get(0).summaryLine())
        .startsWith("section 3: 25 of 39 match; 14 differ because tasks are missing from this data: ")
        .contains("005, 012, 021, 034, 060, 078, 087, 101");
    assertThat(report.studies().get(1).summaryLine()).isEqualTo("section 4: 20 of 20 match");
    assertThat(report.studies().get(2).summaryLine()).isEqualTo("appendix: 54 of 54 match");
    assertThat(report.reproduced()).isTrue();
  }

  @Test
  void theAggregatesAgreeWithTheRawFilesThatArePresent() {
    assertThat(report.crossChecks()).allSatisfy(c -> assertThat(c.differences()).as(c.id()).isEmpty());
    CrossCheck tokens = check("S3-X2");
    assertThat(tokens.compared()).isEqualTo(43);
    // paper-claims.md 2.4: raw medians on this copy 289 / 1170 / 779 tokens and 4503 B
    assertThat(String.join("\n", tokens.notes()))
        .contains("median nkr_d1 over the raw files present (15, task 003 left out): 289")
        .contains("median self_debug over the raw files present (15, task 003 left out): 1170")
        .contains("median nkr_d3 over the raw files present (12, task 003 left out): 779");
    assertThat(check("S3-X1").notes()).anySatisfy(n -> assertThat(n).endsWith(": 4503 B"));
    assertThat(check("S3-X3").compared()).isEqualTo(139);
    assertThat(check("AP-X1").agreeing()).isEqualTo(16);
    // the iterations the section-4 verifier prints: NoKB 3/3/3, PosOnly 3/2/3, NegOnly 3/2/2, PosNeg 3/2/2
    assertThat(check("S4-X1").notes()).contains(
        "T_B/PosOnly: 2 experiments, 5 bank citations, 0 rejections",
        "T_C/PosOnly: 3 experiments, 8 bank citations, 7 rejections",
        "T_A/NegOnly: 3 experiments, 0 bank citations, 29 rejections");
  }

  @Test
  void everyVerdictIsRecomputedFromItsOutput() {
    assertThat(report.verdicts()).hasSize(28);
    assertThat(report.verdicts()).allSatisfy(v ->
        assertThat(v.differences()).as(v.task() + "/" + v.condition()).isEmpty());
    long section4Passes = report.verdicts().stream()
        .filter(v -> v.study() == Study.SECTION4 && v.recomputed().useful()).count();
    assertThat(section4Passes).isEqualTo(7); // S4-11..14: 0 + 1 + 3 + 3
  }

  private static CrossCheck check(String id) {
    return report.crossChecks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }
}
