package org.negativeknowledge.app.loop;

import org.negativeknowledge.app.loop.run.Loop;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a loop run found, made from its run folder alone ({@link Loop#report(Path)} makes it again
 * at any time). Rendered by {@code org.negativeknowledge.app.loop.report}.
 *
 * @param runDir the run folder
 * @param tasks the task ids, in run order
 * @param conditions one summary per condition, in the run's order
 * @param solver the solver
 * @param executor the executor
 * @param curator the curator
 * @param protection the executor's protection against writes outside the workspace
 * @param problems attempts that ended in an error and tasks that stopped on one, one line each
 * @param incompleteTasks tasks whose attempts are not all complete (an interrupted run)
 */
public record LoopReport(Path runDir, List<String> tasks, List<ConditionSummary> conditions, String solver,
    String executor, String curator, String protection, List<String> problems, List<String> incompleteTasks) {
  public LoopReport {
    Objects.requireNonNull(runDir, "runDir");
    tasks = List.copyOf(tasks);
    conditions = List.copyOf(conditions);
    problems = List.copyOf(problems);
    incompleteTasks = List.copyOf(incompleteTasks);
  }

  /** The summary of {@code c}, if the run had it. */
  public java.util.Optional<ConditionSummary> condition(Condition c) {
    return conditions.stream().filter(s -> s.condition() == c).findFirst();
  }

  /** Whether every attempt completed without an error of the loop. */
  public boolean clean() {
    return problems.isEmpty() && incompleteTasks.isEmpty();
  }
}
