package org.negativeknowledge.curator.offline.internal;

import org.negativeknowledge.curator.signature.EvalStatus;
import org.negativeknowledge.curator.signature.FailureMarker;
import org.negativeknowledge.curator.signature.FailureSignature;
import org.negativeknowledge.curator.signature.RunOutcome;

/** How far one round got, read from its signature; the unit the taxonomy rules reason over. */
public enum RoundClass {
  /** Stopped because the environment lacks something: a module, a file. */
  ENVIRONMENT_CRASH(0),
  /** Stopped by an exception in the code's own logic or its use of a library API. */
  CODE_CRASH(0),
  /** Stopped by a resource limit: time, memory, a kill. */
  RESOURCE_LIMIT(0),
  /** Exited with an error but left no traceback to explain it. */
  UNEXPLAINED_EXIT(0),
  /** Ran, but the evaluator failed while reading or matching the output. */
  EVALUATOR_REJECTED(1),
  /** Ran, but the program's own output is degenerate (placeholder or empty results), whatever the evaluator did. */
  DEGENERATE_OUTPUT(2),
  /** Ran and the evaluator scored the output below the bar. */
  SCORED_BELOW_BAR(2),
  /** Ran to the end without an evaluator; non-finite values appeared. */
  DIVERGED(2),
  /** Ran to the end without an evaluator; the program reports it missed its target (a false goal flag). */
  TARGET_MISSED(2),
  /** Ran to the end without an evaluator; the program reports it reached its target ({@code reached_T10=True}). */
  TARGET_REACHED(3),
  /** Ran to the end; no evaluator verdict and nothing wrong visible in the log. */
  NO_VERDICT(1),
  /** The evaluator reported success. */
  PASSED(3);

  /** True when the round reached what it was run for (the evaluator passed it, or its own target flag is true). */
  public boolean succeeded() {
    return stage == 3;
  }

  private final int stage;

  RoundClass(int stage) {
    this.stage = stage;
  }

  /**
   * 0 stopped in the run, 1 stopped at the evaluator (or no verdict), 2 evaluated below the bar, 3
   * passed or reached the target.
   */
  public int stage() {
    return stage;
  }

  /** Classifies one round's signature. */
  public static RoundClass of(FailureSignature s) {
    if (s.outcome() == RunOutcome.TIMED_OUT
        || s.outcome() == RunOutcome.KILLED
        || s.outcome() == RunOutcome.OUT_OF_MEMORY) {
      return RESOURCE_LIMIT;
    }
    if (s.outcome() == RunOutcome.CRASHED) {
      if (s.has(FailureMarker.MISSING_MODULE) || s.has(FailureMarker.MISSING_FILE)) {
        return ENVIRONMENT_CRASH;
      }
      return s.traceback().isPresent() ? CODE_CRASH : UNEXPLAINED_EXIT;
    }
    EvalStatus eval = s.eval().status();
    if (eval == EvalStatus.PASSED) {
      return PASSED;
    }
    // the program's own output already shows an empty or placeholder result: an evaluator that then
    // fails or scores it low is a consequence, the fault lies upstream in the code
    if (s.has(FailureMarker.DEGENERATE_OUTPUT)) {
      return DEGENERATE_OUTPUT;
    }
    if (eval == EvalStatus.CRASHED) {
      return EVALUATOR_REJECTED;
    }
    if (eval == EvalStatus.SCORED_BELOW_BAR) {
      return SCORED_BELOW_BAR;
    }
    boolean noEvaluator = eval == EvalStatus.NOT_RUN || eval == EvalStatus.NO_VERDICT;
    if (noEvaluator && s.targetReached()) {
      return TARGET_REACHED;
    }
    if (s.has(FailureMarker.NON_FINITE) && noEvaluator) {
      return DIVERGED;
    }
    if (noEvaluator && s.target().isPresent()) {
      return TARGET_MISSED;
    }
    return NO_VERDICT;
  }
}
