package org.negativeknowledge.app.loop.internal.replay;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.negativeknowledge.app.loop.TokenUse;
import org.negativeknowledge.app.loop.Verdict;

/**
 * One recorded attempt: what the solver wrote and how its run went.
 *
 * @param source the file it was read from
 * @param candidate the candidate the solver wrote, when the recording keeps it
 * @param reasoning the solver's notes (empty when none were kept)
 * @param tokens what the solver cost
 * @param solverTime how long the solver took
 * @param execLog the execution log as recorded
 * @param evalLog the evaluator's log, when the evaluator ran
 * @param exitCode the candidate's exit code
 * @param verdict the evaluator's verdict
 * @param runTime how long the candidate ran
 * @param evalTime how long the evaluator ran
 */
public record RecordedAttempt(
    String source, Optional<String> candidate, String reasoning, TokenUse tokens, Duration solverTime,
    String execLog, Optional<String> evalLog, OptionalInt exitCode, Verdict verdict, Duration runTime,
    Duration evalTime) {
  public RecordedAttempt {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(reasoning, "reasoning");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(solverTime, "solverTime");
    Objects.requireNonNull(execLog, "execLog");
    Objects.requireNonNull(evalLog, "evalLog");
    Objects.requireNonNull(exitCode, "exitCode");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(runTime, "runTime");
    Objects.requireNonNull(evalTime, "evalTime");
  }
}
