package org.negativeknowledge.app.loop;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a solver is asked for one attempt.
 *
 * @param task the task
 * @param step the attempt's key in the run ({@code nk1/round2}); a replay looks its answer up by it
 * @param condition the condition the attempt belongs to
 * @param round the attempt's round (1 for the first)
 * @param prompt the whole prompt (task, files, memory, what to answer)
 * @param memory the memory object inside the prompt, as measured
 * @param shown the bank entries the solver must decide on (empty outside the bank condition)
 * @param workspace a fresh folder holding the files the solver may read, where a command solver
 *     writes its candidate
 */
public record SolverRequest(
    LoopTask task, String step, Condition condition, int round, String prompt, Memory memory,
    List<ShownEntry> shown, Path workspace) {
  public SolverRequest {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(memory, "memory");
    shown = List.copyOf(shown);
    Objects.requireNonNull(workspace, "workspace");
  }
}
