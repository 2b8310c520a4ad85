package org.negativeknowledge.app.loop;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What the evaluator said about one run.
 *
 * @param status pass, fail, or why there is no verdict
 * @param score the evaluator's score, when it gave one
 * @param message the evaluator's message, or why it did not judge (never null)
 */
public record Verdict(Status status, OptionalDouble score, String message) {

  /** The evaluator's answer. */
  public enum Status {
    /** The evaluator said pass. */
    PASS,
    /** The evaluator said fail. */
    FAIL,
    /** The evaluator ran but printed no verdict line, or crashed. */
    NO_VERDICT,
    /** The evaluator did not run (the candidate crashed or was stopped first). */
    NOT_RUN;

    /** {@code pass}, {@code fail}, {@code no_verdict} or {@code not_run}. */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Verdict {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(message, "message");
  }

  /** The verdict when the evaluator never ran. */
  public static Verdict notRun(String why) {
    return new Verdict(Status.NOT_RUN, OptionalDouble.empty(), why);
  }

  /** Whether the evaluator said pass. */
  public boolean passed() {
    return status == Status.PASS;
  }
}
