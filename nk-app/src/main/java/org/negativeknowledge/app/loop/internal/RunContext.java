package org.negativeknowledge.app.loop.internal;

import java.util.Objects;
import org.negativeknowledge.app.loop.CandidateExecutor;
import org.negativeknowledge.app.loop.LoopCurator;
import org.negativeknowledge.app.loop.LoopListener;
import org.negativeknowledge.app.loop.Solver;

/**
 * What every attempt of a run shares.
 *
 * @param layout the run folder
 * @param solver writes candidates
 * @param executor runs and judges them
 * @param curator turns failures into records
 * @param bank stores records and serves the bank condition
 * @param tokenBudget the memory-block budget of a consultation
 * @param selfDebugCapBytes the cut of each raw artifact shown (0: whole)
 * @param listener told of every attempt
 */
record RunContext(RunLayout layout, Solver solver, CandidateExecutor executor, LoopCurator curator, LoopBank bank,
    int tokenBudget, long selfDebugCapBytes, LoopListener listener) {
  RunContext {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(solver, "solver");
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(curator, "curator");
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(listener, "listener");
  }
}
