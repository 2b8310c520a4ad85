package org.negativeknowledge.app.loop.run;

import org.negativeknowledge.app.loop.LoopListener;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.RunFolderException;
import org.negativeknowledge.app.loop.TaskFormatException;
import org.negativeknowledge.app.loop.CuratorChoice;
import org.negativeknowledge.app.loop.SolverChoice;
import org.negativeknowledge.app.loop.LoopSpec;
import org.negativeknowledge.app.loop.LoopReport;
import java.nio.file.Path;
import org.negativeknowledge.app.loop.internal.LoopRunner;
import org.negativeknowledge.app.loop.internal.RunLayout;

/**
 * {@code nk loop}: an AutoResearch loop with the bank in it. Every task is attempted under every
 * condition; failures are curated and added to the bank with their provenance; the bank condition
 * consults the bank, decides on every entry it is shown through the ledger, proposes and reports its
 * finding. The run folder keeps every attempt ({@code tasks/ID/CONDITION/roundN/}: prompt, memory,
 * answer, candidate, logs, reasoning, record, {@code attempt.json}), and {@code results.tsv}, {@code
 * research_state.jsonl} and the report are made from it.
 *
 * <pre>{@code
 * LoopReport report = Loop.run(LoopSpec.of(List.of(Path.of("examples/loop")), Path.of("runs/demo"))
 *     .withSolver(SolverChoice.parse("command:python3 examples/loop/scripted/solver.py"))
 *     .withCurator(CuratorChoice.offline()));
 * System.out.print(ReportText.render(report));
 * }</pre>
 */
public final class Loop {
  private Loop() {}

  /**
   * Runs {@code spec}.
   *
   * @throws TaskFormatException when a task cannot be read (nothing has run then)
   * @throws RunFolderException when the run folder cannot be used as asked
   * @throws LoopException when the solver, executor, curator or bank cannot be opened
   */
  public static LoopReport run(LoopSpec spec) {
    return run(spec, LoopListener.NONE);
  }

  /** Runs {@code spec}, telling {@code listener} of its progress. */
  public static LoopReport run(LoopSpec spec, LoopListener listener) {
    return LoopRunner.run(spec, LoopTasks.load(spec.tasks()), listener);
  }

  /**
   * The report of the run in {@code runDir}, made from its attempt records (works on an interrupted
   * run too).
   *
   * @throws RunFolderException when the folder holds no run
   */
  public static LoopReport report(Path runDir) {
    return LoopRunner.report(new RunLayout(runDir));
  }
}
