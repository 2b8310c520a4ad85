package org.negativeknowledge.app.loop;

import org.negativeknowledge.app.loop.run.Loop;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.app.loop.report.ReportChart;
import org.negativeknowledge.app.loop.report.ReportText;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.graph.ResearchGraph;
import org.negativeknowledge.bank.results.ResultsImport;
import org.negativeknowledge.bank.results.ResultsLog;

/**
 * The README's second quickstart: the example tasks with the scripted command solver, the offline
 * curator and the local executor, every condition.
 */
class LoopExamplesTest {
  @TempDir static Path tmp;
  static Path run;
  static LoopReport report;

  @BeforeAll
  static void loop() {
    Python.assumePresent();
    run = tmp.resolve("run");
    report = Loop.run(LoopSpec.of(List.of(Examples.dir()), run)
        .withConditions(ConditionPlan.parseList("base,retry,nk1,selfdebug,nkdeep,bank", 3))
        .withSolver(SolverChoice.parse("command:" + Examples.scriptedSolver()))
        .withCurator(CuratorChoice.offline()));
    System.out.print(ReportText.render(report) + "\n" + ReportChart.render(report, 40));
  }

  @Test
  void onlyAMemoryOfTheFailureGetsPastTheTrap() {
    assertThat(report.problems()).isEmpty();
    assertThat(report.tasks()).containsExactly("order-value", "revenue", "station-counts");
    assertThat(passed(Condition.BASE)).isZero();
    assertThat(passed(Condition.RETRY)).isZero();
    assertThat(passed(Condition.NK1)).isEqualTo(3);
    assertThat(passed(Condition.SELFDEBUG)).isEqualTo(3);
    assertThat(passed(Condition.BANK)).isEqualTo(3);
    ConditionSummary retry = report.condition(Condition.RETRY).orElseThrow();
    assertThat(retry.attempts()).isEqualTo(6);
    assertThat(report.condition(Condition.NK1).orElseThrow().memoryTokens().count()).isEqualTo(3);
  }

  @Test
  void theBankTeachesTheSecondTaskWhatTheFirstLearned() throws Exception {
    assertThat(status("order-value", "bank/round1")).isEqualTo("failed");
    assertThat(status("order-value", "bank/round2")).isEqualTo("passed");
    assertThat(status("revenue", "bank/round1")).isEqualTo("passed");
    assertThat(Files.readString(run.resolve("tasks/revenue/bank/round1/prompt.md"))).contains("task order-value");
  }

  @Test
  void everyAttemptFolderHoldsWhatTheCuratorAndAReviewerNeed() {
    Path failed = run.resolve("tasks/revenue/base/round1");
    for (String f : List.of("prompt.md", "answer.json", "candidate.py", "reasoning.md", "exec.log", "eval.log",
        "nk_record.json", "nk_audit.json", "attempt.json", "workspace/output/revenue.csv")) {
      assertThat(failed.resolve(f)).as(f).isRegularFile();
    }
    assertThat(run.resolve("tasks/revenue/nk1/round2/memory.md")).isRegularFile();
    assertThat(run.resolve("tasks/revenue/nk1/round2/nk_record.json")).doesNotExist();
  }

  @Test
  void theResultsLogReadsBackAsAnAutoResearchLog() throws Exception {
    ResultsLog log = ResultsLog.read(run.resolve("results.tsv"));
    int ran = report.conditions().stream().mapToInt(ConditionSummary::attempts).sum();
    assertThat(log.rows()).hasSize(ran);
    assertThat(log.primaryMetric()).hasValue("score");
    assertThat(log.rows().stream().filter(r -> r.kept()).count()).isEqualTo(9);
    assertThat(log.rows().get(0).route()).startsWith("order-value bank/round1: ");
    try (Bank bank = Bank.open(tmp.resolve("import.db").toString())) {
      ResultsImport.Summary s = ResultsImport.run(bank, log, null, null);
      assertThat(s.positive()).isEqualTo(9);
      assertThat(s.negative()).isEqualTo(ran - 9);
    }
  }

  @Test
  void theResearchGraphHasAnExperimentPerAttempt() throws Exception {
    ResearchGraph g = ResearchGraph.read(run.resolve("research_state.jsonl"));
    int ran = report.conditions().stream().mapToInt(ConditionSummary::attempts).sum();
    assertThat(g.nodesOfType("Question")).hasSize(3);
    assertThat(g.nodesOfType("Experiment")).hasSize(ran);
    assertThat(g.nodesOfType("Finding")).hasSize(ran);
    long adopted = 0;
    for (String task : report.tasks()) {
      for (String step : List.of("bank/round1", "bank/round2", "bank/round3")) {
        Path f = run.resolve("tasks/" + task + "/" + step + "/attempt.json");
        if (Files.isRegularFile(f)) {
          for (var d : Section3Recording.read(f).path("bank").path("decisions")) {
            adopted += d.path("decision").asText().equals("adopt") ? 1 : 0;
          }
        }
      }
    }
    assertThat(adopted).isPositive();
    assertThat(g.bankUse().totalCitations()).isEqualTo(adopted);
  }

  @Test
  void theReportIsTheSameWhenMadeAgainFromTheFolder() {
    assertThat(Loop.report(run)).isEqualTo(report);
  }

  private static int passed(Condition c) {
    return report.condition(c).orElseThrow().passed();
  }

  private static String status(String task, String step) {
    return Section3Recording.read(run.resolve("tasks/" + task + "/" + step + "/attempt.json")).path("status").asText();
  }
}
