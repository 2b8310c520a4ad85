package org.negativeknowledge.app.loop;

import java.util.List;
import java.util.Objects;

/**
 * One condition's row of the report (the paper's Table 1 and more).
 *
 * <p>Pass counts are over the condition's whole chain (for every condition but bank, the shared
 * first attempt included); the measures are over the condition's own attempts (the keys it owns:
 * nkdeep's row measures its deep attempts, whose self-debug rounds count under selfdebug).
 *
 * @param condition the condition
 * @param rounds its rounds
 * @param tasks tasks in the run
 * @param passed tasks with a passing attempt in this chain
 * @param cumulativePassed tasks passed by this or an earlier condition of the run (Table 1's rows)
 * @param attempts own attempts that ran
 * @param notRecorded own attempts a replay had no recording of
 * @param errors own attempts that ended in an error of the loop
 * @param unmeasuredMemory own attempts shown an incomplete memory (not measured)
 * @param memoryBytes memory object sizes, bytes, over own attempts that were shown one
 * @param memoryTokens the same in cl100k_base tokens
 * @param solverTokens solver tokens per own attempt
 * @param curatorTokens tokens per curation made for own attempts (their failures, their deep
 *     records)
 * @param wallMillis per own attempt: solver, run and evaluation time
 * @param perRound the own attempts round by round
 */
public record ConditionSummary(
    Condition condition, int rounds, int tasks, int passed, int cumulativePassed, int attempts, int notRecorded,
    int errors, int unmeasuredMemory, Distribution memoryBytes, Distribution memoryTokens, Distribution solverTokens,
    Distribution curatorTokens, Distribution wallMillis, List<RoundSummary> perRound) {

  public ConditionSummary {
    Objects.requireNonNull(condition, "condition");
    perRound = List.copyOf(perRound);
  }

  /** {@code passed / tasks} in percent, 0 for no tasks. */
  public double passRate() {
    return tasks == 0 ? 0 : 100.0 * passed / tasks;
  }

  /** {@code cumulativePassed / tasks} in percent. */
  public double cumulativeRate() {
    return tasks == 0 ? 0 : 100.0 * cumulativePassed / tasks;
  }
}
