package org.negativeknowledge.curator.signature;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What the evaluator's log says.
 *
 * @param status what the evaluator did with the output
 * @param exitCode the evaluator's exit code when logged
 * @param durationSeconds the evaluator's duration when logged
 * @param score the score line, when one was recognised
 * @param traceback the evaluator's own traceback when it crashed
 * @param message a short line explaining the verdict (the exception headline, the score detail, or
 *     the last output line); empty when nothing was printed
 */
public record EvalOutcome(
    EvalStatus status,
    OptionalInt exitCode,
    OptionalDouble durationSeconds,
    Optional<EvalScore> score,
    Optional<PythonTraceback> traceback,
    String message) {

  public EvalOutcome {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(exitCode, "exitCode");
    Objects.requireNonNull(durationSeconds, "durationSeconds");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(traceback, "traceback");
    Objects.requireNonNull(message, "message");
  }

  /** The outcome when there is no eval log. */
  public static EvalOutcome notRun() {
    return new EvalOutcome(
        EvalStatus.NOT_RUN,
        OptionalInt.empty(),
        OptionalDouble.empty(),
        Optional.empty(),
        Optional.empty(),
        "");
  }
}
