package org.negativeknowledge.curator.signature;

/** What the evaluator did with a run's output. */
public enum EvalStatus {
  /** No eval log: the evaluator never ran (normal when the program crashed first). */
  NOT_RUN,
  /** The evaluator itself failed (non-zero exit or a traceback): it could not read or match the output. */
  CRASHED,
  /** The evaluator read the output and reported a score or verdict below the bar. */
  SCORED_BELOW_BAR,
  /** The evaluator read the output and reported success. */
  PASSED,
  /** The evaluator exited normally but printed no score or verdict that could be recognised. */
  NO_VERDICT
}
