package org.negativeknowledge.app.loop;

import org.negativeknowledge.app.loop.run.Loop;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.app.loop.report.ReportText;
import org.negativeknowledge.testing.PaperData;

/**
 * {@code nk loop} replaying the paper's section-3 study ({@code --solver replay}, {@code --executor
 * replay}, the recorded records as curator): its report equals what the recorded files give, computed
 * here without the loop's code, and agrees with the paper's Table 1 wherever this copy of the data
 * can decide a figure.
 */
class Section3ReplayTest {
  static final String CONDITIONS = "base,retry:2,nk1:3,selfdebug:3,nkdeep:4";
  @TempDir static Path tmp;
  static Section3Recording rec;
  static Section3Expectation expected;
  static LoopReport report;
  static Path run;

  @BeforeAll
  static void replay() {
    Path s3 = PaperData.resolve("section3");
    rec = new Section3Recording(s3);
    expected = new Section3Expectation(rec);
    run = tmp.resolve("run");
    report = Loop.run(LoopSpec.of(List.of(s3.resolve("tasks")), run)
        .withConditions(ConditionPlan.parseList(CONDITIONS, 3))
        .withSolver(new SolverChoice.Replay(s3)).withExecutor(new ExecutorChoice.Replay(s3))
        .withCurator(new CuratorChoice.Replay(s3)));
    System.out.print(ReportText.render(report));
  }

  @Test
  void passCountsEqualTheRecordedRuns() {
    Set<String> cumulative = new LinkedHashSet<>();
    for (ConditionSummary c : report.conditions()) {
      Section3Expectation.Row row = expected.rows.get(c.condition().wireName());
      cumulative.addAll(row.passed);
      assertThat(c.tasks()).isEqualTo(38);
      assertThat(c.passed()).as(c.condition() + " passed").isEqualTo(row.passed.size());
      assertThat(c.cumulativePassed()).as(c.condition() + " cumulative").isEqualTo(cumulative.size());
      assertThat(c.attempts()).as(c.condition() + " attempts").isEqualTo(row.attempts);
      assertThat(c.notRecorded()).as(c.condition() + " not recorded").isEqualTo(row.notRecorded);
      assertThat(c.errors()).isZero();
    }
    assertThat(report.problems()).isEmpty();
    assertThat(report.incompleteTasks()).isEmpty();
  }

  @Test
  void memoryAndTokenMediansEqualTheRecordedFiles() {
    for (ConditionSummary c : report.conditions()) {
      Section3Expectation.Row row = expected.rows.get(c.condition().wireName());
      String what = c.condition().wireName();
      assertThat(c.memoryBytes()).as(what + " memory bytes").isEqualTo(Distribution.of(row.memBytes));
      assertThat(c.memoryTokens()).as(what + " memory tokens").isEqualTo(Distribution.of(row.memTokens));
      assertThat(c.solverTokens()).as(what + " solver tokens").isEqualTo(Distribution.of(row.solver));
      assertThat(c.curatorTokens()).as(what + " curator tokens").isEqualTo(Distribution.of(row.curator));
      for (RoundSummary r : c.perRound()) {
        if (c.condition() != Condition.BASE) {
          assertThat(r.solverTokens()).as(what + " round " + r.round())
              .isEqualTo(Distribution.of(row.solverByRound.getOrDefault(r.round(), List.of())));
        }
      }
    }
  }

  /**
   * Table 1 of the paper (nk-spec.md section 7, paper-claims.md section 2): the cumulative pass
   * rates of base, retry and depth-1 NK retry, and the solver-token medians of round 1, depth-1 NK
   * round 2 and the deep retry, are decidable on this copy and equal the paper's. Self-debug (17/38,
   * 44.7 %) and deep NK retry (18/38, 47.4 %) need the eight tasks held back from this copy: here
   * they are 16/38 and 17/38, the values paper-claims.md gives for the shared copy. The memory
   * medians of Table 1 need the held-back tasks too; the raw medians paper-claims.md section 2.4
   * gives for this copy are checked instead (self-debug 4,503 B and 1,170 tokens, depth-1 289
   * tokens).
   */
  @Test
  void table1WhereThisCopyDecides() {
    assertThat(row(Condition.BASE).cumulativePassed()).isEqualTo(12);
    assertThat(ReportTextPercent.of(row(Condition.BASE).cumulativeRate())).isEqualTo("31.6");
    assertThat(row(Condition.RETRY).cumulativePassed()).isEqualTo(12);
    assertThat(ReportTextPercent.of(row(Condition.RETRY).cumulativeRate())).isEqualTo("31.6");
    assertThat(row(Condition.NK1).cumulativePassed()).isEqualTo(14);
    assertThat(ReportTextPercent.of(row(Condition.NK1).cumulativeRate())).isEqualTo("36.8");
    assertThat(row(Condition.SELFDEBUG).cumulativePassed()).as("shared copy, S3-08").isEqualTo(16);
    assertThat(row(Condition.NKDEEP).cumulativePassed()).as("shared copy, S3-09").isEqualTo(17);
    assertThat(row(Condition.BASE).solverTokens().median()).as("S3-22 from the dispatches").hasValue(16242);
    assertThat(roundOf(Condition.NK1, 2).solverTokens().median()).as("S3-23").hasValue(18080);
    assertThat(row(Condition.NKDEEP).solverTokens().median()).as("S3-24").hasValue(19247);
    assertThat(row(Condition.NKDEEP).passed()).isEqualTo(17);
    RoundSummary selfDebug = roundOf(Condition.SELFDEBUG, 2);
    assertThat(selfDebug.memoryBytes().median()).as("paper-claims 2.4: raw self-debug bytes, shared copy").hasValue(4503);
    assertThat(selfDebug.memoryTokens().median()).as("paper-claims 2.4: raw self-debug tokens, shared copy").hasValue(1170);
    assertThat(roundOf(Condition.NK1, 2).memoryTokens().median()).as("paper-claims 2.4: raw depth-1 tokens").hasValue(289);
    assertThat(Files.exists(run.resolve("tasks/072/nkdeep/round4/attempt.json"))).as("S3-30: 072 passes the deep retry").isTrue();
    assertThat(attempt("072", "nkdeep/round4").path("status").asText()).isEqualTo("passed");
  }

  /**
   * Every memory the loop measured equals the paper's own per-task measurement where it has one:
   * {@code memory_tokens.json} (tiktoken, cl100k_base) and {@code b2_covering_bytes.json}.
   */
  @Test
  void perTaskMemoryEqualsThePapersAggregateFiles() {
    Map<String, JsonNode> tokens = rec.memoryTokens();
    JsonNode bytes = rec.selfDebugBytes();
    List<String> checked = new ArrayList<>();
    for (String t : rec.tasks) {
      JsonNode nk1 = attempt(t, "nk1/round2");
      if (nk1 != null && nk1.path("status").asText().matches("passed|failed")) {
        assertThat(nk1.path("memory").path("tokens").asLong()).as(t + " nkr_d1").isEqualTo(tokens.get(t).path("nkr_d1").asLong());
        checked.add(t + " nk1");
      }
      JsonNode sd = attempt(t, "selfdebug/round2");
      if (sd != null && sd.path("memory").path("complete").asBoolean() && sd.path("status").asText().matches("passed|failed")) {
        assertThat(sd.path("memory").path("tokens").asLong()).as(t + " self_debug").isEqualTo(tokens.get(t).path("self_debug").asLong());
        assertThat(sd.path("memory").path("bytes").asLong()).as(t + " b2 bytes").isEqualTo(bytes.path(t).asLong());
        checked.add(t + " selfdebug");
      }
      JsonNode deep = attempt(t, "nkdeep/round4");
      if (deep != null && deep.path("status").asText().matches("passed|failed")) {
        assertThat(deep.path("memory").path("tokens").asLong()).as(t + " nkr_d3").isEqualTo(tokens.get(t).path("nkr_d3").asLong());
        checked.add(t + " nkdeep");
      }
    }
    assertThat(checked).hasSizeGreaterThan(30);
  }

  @Test
  void resultsLogAndResearchGraphAreWritten() throws Exception {
    List<String> lines = Files.readAllLines(run.resolve("results.tsv"));
    int ran = report.conditions().stream().mapToInt(ConditionSummary::attempts).sum();
    assertThat(lines).hasSize(1 + ran - 0);
    assertThat(lines.get(0)).startsWith("commit\tscore\t").endsWith("\tstatus\tdescription");
    assertThat(lines.stream().filter(l -> l.contains("\tkeep\t")).count()).isGreaterThanOrEqualTo(17);
    var graph = org.negativeknowledge.bank.graph.ResearchGraph.read(run.resolve("research_state.jsonl"));
    assertThat(graph.nodesOfType("Experiment")).hasSize(ran);
    assertThat(graph.nodesOfType("Question")).hasSize(38);
  }

  private static JsonNode attempt(String task, String step) {
    Path f = run.resolve("tasks/" + task + "/" + step + "/attempt.json");
    return Files.isRegularFile(f) ? Section3Recording.read(f) : null;
  }

  private static ConditionSummary row(Condition c) {
    return report.condition(c).orElseThrow();
  }

  private static RoundSummary roundOf(Condition c, int round) {
    return row(c).perRound().stream().filter(r -> r.round() == round).findFirst().orElseThrow();
  }

  /** The paper's percent format: one decimal, half-even on the exact double. */
  static final class ReportTextPercent {
    static String of(double p) {
      return new java.math.BigDecimal(p).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
  }
}
