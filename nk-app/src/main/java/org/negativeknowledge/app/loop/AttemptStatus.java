package org.negativeknowledge.app.loop;

/** How one attempt ended. */
public enum AttemptStatus {
  /** The candidate ran and the evaluator said pass. */
  PASSED,
  /** The candidate ran and failed: the evaluator said fail, it crashed, or a limit stopped it. */
  FAILED,
  /** The loop could not make the attempt (the solver, executor or curator failed); see its message. */
  ERROR,
  /** A replay has no recording of this attempt; the condition stops here for the task. */
  NOT_RECORDED;

  /** {@code passed}, {@code failed}, {@code error} or {@code not_recorded}. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Parses a wire name. */
  public static AttemptStatus fromWireName(String s) {
    return valueOf(s.toUpperCase(java.util.Locale.ROOT));
  }
}
