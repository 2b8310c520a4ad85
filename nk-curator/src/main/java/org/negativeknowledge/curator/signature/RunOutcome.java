package org.negativeknowledge.curator.signature;

/** How a program run ended, as far as its log tells. */
public enum RunOutcome {
  /** Exit code 0 and no traceback that ended the run. */
  COMPLETED,
  /** A non-zero exit or a traceback that ended the run. */
  CRASHED,
  /** Stopped by a time limit ({@code TIMEOUT} in the log, usually with exit code -9). */
  TIMED_OUT,
  /** Killed by a signal (exit code -9 or 137, {@code Killed}) without a timeout marker. */
  KILLED,
  /** Ran out of host or GPU memory. */
  OUT_OF_MEMORY,
  /** The log says nothing about how the run ended. */
  UNKNOWN;

  /** True when the run did not get to the end of the program. */
  public boolean stoppedEarly() {
    return this != COMPLETED && this != UNKNOWN;
  }
}
