package org.negativeknowledge.app.loop;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How one run of a candidate went. The executor has written {@code exec.log} (and {@code eval.log}
 * when the evaluator ran) into the attempt's folder; this is their summary.
 *
 * @param exitCode the candidate's exit code (128 + signal when a signal ended it), when it ended
 *     on its own or was stopped
 * @param runTime how long the candidate ran
 * @param verdict the evaluator's verdict, or why there is none
 * @param evaluateTime how long the evaluator ran (zero when it did not)
 * @param stops the limits that stopped the run ({@code time limit 60 s}, {@code memory limit 512
 *     MiB}, {@code output limit}, {@code process limit}); empty when none
 * @param outsideWrites writes outside the workspace that were detected (paths with what happened);
 *     empty when none was seen
 * @param leftoverProcesses processes the run left behind that the executor killed
 * @param protection the protection in force for writes outside the workspace, in words
 */
public record Execution(
    OptionalInt exitCode, Duration runTime, Verdict verdict, Duration evaluateTime, List<String> stops,
    List<String> outsideWrites, int leftoverProcesses, String protection) {
  public Execution {
    Objects.requireNonNull(exitCode, "exitCode");
    Objects.requireNonNull(runTime, "runTime");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(evaluateTime, "evaluateTime");
    stops = List.copyOf(stops);
    outsideWrites = List.copyOf(outsideWrites);
    Objects.requireNonNull(protection, "protection");
  }

  /**
   * Whether the attempt passed: the evaluator said pass, the candidate exited cleanly, no limit
   * stopped it and nothing was written outside its workspace.
   */
  public boolean passed() {
    return verdict.passed() && exitCode.orElse(-1) == 0 && stops.isEmpty() && outsideWrites.isEmpty();
  }
}
