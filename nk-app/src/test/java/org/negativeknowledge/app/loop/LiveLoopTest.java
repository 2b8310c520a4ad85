package org.negativeknowledge.app.loop;

import org.negativeknowledge.app.loop.run.Loop;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.app.loop.report.ReportText;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.consult.ExperimentCitation;
import org.negativeknowledge.curator.fake.FakeMessagesServer;

/**
 * A live loop on the example tasks: the model solver through the real SDK against a local fake
 * Messages API scripted to fall into each task's trap unless the prompt carries the lesson, the
 * offline curator, the real local executor.
 */
class LiveLoopTest {
  @TempDir static Path tmp;
  private static FakeMessagesServer fake;
  private static Path run;
  private static LoopReport report;

  @BeforeAll
  static void loop() {
    Python.assumePresent();
    Path examples = Examples.dir();
    fake = FakeMessagesServer.start();
    fake.respondWith(new ScriptedModel(examples)::answer);
    run = tmp.resolve("run");
    report = Loop.run(LoopSpec.of(List.of(examples), run)
        .withConditions(ConditionPlan.parseList("base,nk1:2,bank:2", 2))
        .withSolver(new SolverChoice.Model("sonnet", Map.of("ANTHROPIC_API_KEY", "test-key",
            "ANTHROPIC_BASE_URL", fake.baseUrl())))
        .withCurator(CuratorChoice.offline()));
    System.out.print(ReportText.render(report));
  }

  @AfterAll
  static void stop() {
    if (fake != null) {
      fake.close();
    }
  }

  @Test
  void baseFailsAndNk1PassesThroughTheRecord() throws Exception {
    assertThat(report.problems()).isEmpty();
    assertThat(report.condition(Condition.BASE).orElseThrow().passed()).isZero();
    assertThat(report.condition(Condition.NK1).orElseThrow().passed()).isEqualTo(3);
    for (String task : List.of("order-value", "revenue", "station-counts")) {
      assertThat(status(task, "base/round1")).isEqualTo("failed");
      assertThat(status(task, "nk1/round2")).isEqualTo("passed");
      String record = Files.readString(run.resolve("tasks/" + task + "/base/round1/nk_record.json"));
      assertThat(Files.readString(run.resolve("tasks/" + task + "/nk1/round2/prompt.md"))).contains(record.strip());
    }
  }

  @Test
  void theBankPassesTheSecondTaskThroughTheFirstTasksRecord() throws Exception {
    assertThat(status("order-value", "bank/round1")).isEqualTo("failed");
    assertThat(status("revenue", "bank/round1")).isEqualTo("passed");
    JsonNode bank = attempt("revenue", "bank/round1").path("bank");
    JsonNode adopted = null;
    for (JsonNode d : bank.path("decisions")) {
      if (d.path("decision").asText().equals("adopt")) {
        adopted = d;
      }
    }
    assertThat(adopted).as("an adopted entry").isNotNull();
    assertThat(adopted.path("task").asText()).isEqualTo("order-value");
    assertThat(adopted.path("by_solver").asBoolean()).isTrue();
    assertThat(bank.path("outcome").asText()).isEqualTo("success");
    try (Bank b = Bank.open(run.resolve("bank.db").toString())) {
      List<ExperimentCitation> cited = b.consultations().citations(adopted.path("entry_id").asText());
      assertThat(cited).anySatisfy(c -> {
        assertThat(c.experimentId()).isEqualTo(bank.path("experiment_id").asText());
        assertThat(c.outcome()).isEqualTo(org.negativeknowledge.bank.consult.Outcome.SUCCESS);
      });
    }
  }

  /** The model curator through the same fake: every failure curated by a model, tokens accounted. */
  @Test
  void aModelCuratorWorksInTheLoopToo() throws Exception {
    Path modelRun = tmp.resolve("model-curated");
    LoopReport r;
    try (FakeMessagesServer own = FakeMessagesServer.start()) {
      own.respondWith(new ScriptedModel(Examples.dir())::answer);
      Map<String, String> env = Map.of("ANTHROPIC_API_KEY", "test-key", "ANTHROPIC_BASE_URL", own.baseUrl());
      r = Loop.run(LoopSpec.of(List.of(Examples.dir()), modelRun)
          .withConditions(ConditionPlan.parseList("base,nk1:2", 2))
          .withSolver(new SolverChoice.Model("sonnet", env)).withCurator(CuratorChoice.model("sonnet", env)));
      assertThat(own.requests().stream().filter(q -> q.body().contains("\"write_record\"")).count()).isEqualTo(3);
    }
    assertThat(r.problems()).isEmpty();
    assertThat(r.condition(Condition.NK1).orElseThrow().passed()).isEqualTo(3);
    assertThat(r.condition(Condition.BASE).orElseThrow().curatorTokens().count()).isEqualTo(3);
    JsonNode curation = Section3Recording.read(modelRun.resolve("tasks/revenue/base/round1/attempt.json")).path("curations").get(0);
    assertThat(curation.path("curator").asText()).startsWith("model:claude-sonnet");
    assertThat(curation.path("bank_note").asText()).isEqualTo("imported");
    assertThat(Files.readString(modelRun.resolve("tasks/revenue/base/round1/nk_record.json"))).contains("100 times");
  }

  @Test
  void oneForcedRequestPerAttemptWithTokensAccounted() throws Exception {
    int ran = report.conditions().stream().mapToInt(ConditionSummary::attempts).sum();
    assertThat(fake.requests()).hasSize(ran);
    for (FakeMessagesServer.RecordedRequest r : fake.requests()) {
      JsonNode body = r.json();
      assertThat(body.path("tool_choice").path("type").asText()).isEqualTo("tool");
      assertThat(body.path("tool_choice").path("name").asText()).isEqualTo("submit_attempt");
    }
    JsonNode tokens = attempt("revenue", "base/round1").path("solver").path("tokens");
    assertThat(tokens.path("input").asLong()).isPositive();
    assertThat(tokens.path("output").asLong()).isPositive();
    assertThat(report.condition(Condition.BASE).orElseThrow().solverTokens().count()).isEqualTo(3);
  }

  private static String status(String task, String step) throws Exception {
    return attempt(task, step).path("status").asText();
  }

  private static JsonNode attempt(String task, String step) {
    return Section3Recording.read(run.resolve("tasks/" + task + "/" + step + "/attempt.json"));
  }
}
