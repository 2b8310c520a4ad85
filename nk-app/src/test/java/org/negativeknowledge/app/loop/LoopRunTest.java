package org.negativeknowledge.app.loop;

import org.negativeknowledge.app.loop.run.Loop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors stay with their task, runs resume after an interruption, tasks run in parallel. */
class LoopRunTest {
  @TempDir Path tmp;
  Path tasks;
  Path run;

  @BeforeEach
  void tasks() {
    tasks = tmp.resolve("tasks");
    for (String id : List.of("a", "b", "c", "d")) {
      ShellTasks.create(tasks, id);
    }
    run = tmp.resolve("run");
  }

  private LoopSpec spec(Solver solver, String conditions) {
    return LoopSpec.of(List.of(tasks), run).withConditions(ConditionPlan.parseList(conditions, 2))
        .withSolver(new SolverChoice.Custom(solver)).withCurator(CuratorChoice.offline());
  }

  /** Fails the first attempt, passes the next: nk1 passes at round 2, base fails. */
  private static ShellTasks.Scripted learner(String failingTask) {
    return new ShellTasks.Scripted("learner", (task, step) ->
        task.equals(failingTask) ? null : step.endsWith("round1") ? ShellTasks.BAD : ShellTasks.GOOD);
  }

  @Test
  void oneTasksErrorsNeverStopTheOthers() throws Exception {
    LoopReport r = Loop.run(spec(learner("b"), "base,nk1"));
    assertThat(r.condition(Condition.NK1).orElseThrow().passed()).isEqualTo(3);
    assertThat(r.condition(Condition.BASE).orElseThrow().errors()).isEqualTo(1);
    assertThat(r.problems()).containsExactly("task b base/round1: the solver failed: the model API is down");
    assertThat(r.clean()).isFalse();
    assertThat(Files.readString(run.resolve("tasks/b/base/round1/attempt.json"))).contains("\"status\" : \"error\"");
  }

  @Test
  void aTaskTheLocalExecutorCannotRunIsAnErrorOfThatTaskOnly() throws Exception {
    Files.createDirectories(tasks.resolve("e"));
    Files.writeString(tasks.resolve("e/task.json"), "{\"id\": \"e\", \"instruction\": \"described, not runnable\"}");
    LoopReport r = Loop.run(spec(learner("none"), "base,nk1"));
    assertThat(r.condition(Condition.NK1).orElseThrow().passed()).isEqualTo(4);
    assertThat(r.problems()).singleElement().asString().startsWith("task e base/round1: the executor failed: task e")
        .contains("has no run and evaluate commands");
  }

  @Test
  void aResumedRunRetriesErrorsAndKeepsWhatIsDone() {
    ShellTasks.Scripted first = learner("b");
    Loop.run(spec(first, "base,nk1"));
    assertThat(first.calls.get()).isEqualTo(7);
    ShellTasks.Scripted second = learner("none");
    LoopReport r = Loop.run(spec(second, "base,nk1").withResume(true));
    assertThat(second.callsByStep).containsOnlyKeys("b base/round1", "b nk1/round2");
    assertThat(r.clean()).isTrue();
    assertThat(r.condition(Condition.NK1).orElseThrow().passed()).isEqualTo(4);
  }

  @Test
  void anInterruptedAttemptIsMadeAgainWithTheAnswerItAlreadyHad() throws Exception {
    LoopReport before = Loop.run(spec(learner("none"), "base,nk1"));
    Path attempt = run.resolve("tasks/c/nk1/round2");
    Files.delete(attempt.resolve("attempt.json"));
    Files.delete(attempt.resolve("exec.log"));
    Files.delete(run.resolve("results.tsv"));
    assertThat(Loop.report(run).incompleteTasks()).containsExactly("c");
    ShellTasks.Scripted again = learner("none");
    LoopReport after = Loop.run(spec(again, "base,nk1").withResume(true));
    assertThat(again.calls.get()).as("the saved answer.json is used, the solver is not asked again").isZero();
    assertThat(attempt.resolve("attempt.json")).isRegularFile();
    assertThat(run.resolve("results.tsv")).isRegularFile();
    for (ConditionSummary c : after.conditions()) {
      ConditionSummary b = before.condition(c.condition()).orElseThrow();
      assertThat(List.of(c.passed(), c.attempts(), c.memoryBytes(), c.solverTokens()))
          .isEqualTo(List.of(b.passed(), b.attempts(), b.memoryBytes(), b.solverTokens()));
    }
    assertThat(after.clean()).isTrue();
  }

  @Test
  void aResumeWithOtherSettingsIsRefused() {
    Loop.run(spec(learner("none"), "base,nk1"));
    assertThatThrownBy(() -> Loop.run(spec(learner("none"), "base,nk1:3").withResume(true)))
        .isInstanceOf(RunFolderException.class).hasMessageContaining("conditions [base:1, nk1:2] there, [base:1, nk1:3] here")
        .hasMessageContaining("resume it with the same settings, or choose another --out folder");
  }

  @Test
  void aNewRunNeedsAnEmptyFolder() throws Exception {
    Loop.run(spec(learner("none"), "base"));
    assertThatThrownBy(() -> Loop.run(spec(learner("none"), "base")))
        .isInstanceOf(RunFolderException.class).hasMessageContaining("already holds a run (run.json): pass --resume");
    Path other = tmp.resolve("other");
    Files.createDirectories(other);
    Files.writeString(other.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> Loop.run(LoopSpec.of(List.of(tasks), other).withSolver(new SolverChoice.Custom(learner("none")))
        .withCurator(CuratorChoice.offline())))
        .isInstanceOf(RunFolderException.class).hasMessageContaining("is not empty and holds no run");
  }

  @Test
  void tasksRunInParallel() {
    LoopReport r = Loop.run(spec(learner("none"), "base,nk1").withJobs(4));
    assertThat(r.tasks()).containsExactly("a", "b", "c", "d");
    assertThat(r.condition(Condition.NK1).orElseThrow().passed()).isEqualTo(4);
    assertThat(r.condition(Condition.BASE).orElseThrow().solverTokens().median()).hasValue(120);
  }
}
