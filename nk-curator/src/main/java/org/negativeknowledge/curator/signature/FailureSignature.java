package org.negativeknowledge.curator.signature;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What can be known about one failed run without a model: how it ended, the traceback that ended
 * it, the mechanical failure classes it shows and what the evaluator said. Built by {@link
 * FailureSignatureExtractor}; immutable.
 *
 * <p>{@link #signatureKey()} names "the same failure" across runs: two runs that fail with the
 * same exception type and the same message up to numbers, paths and addresses share a key, so a
 * bank can count occurrences instead of storing near copies.
 *
 * @param outcome how the run ended
 * @param exitCode the run's exit code when the log states it
 * @param durationSeconds the run's duration when the log states it
 * @param traceback the last Python traceback of the run's log
 * @param markers the mechanical failure classes recognised (run and evaluator)
 * @param missingModule the module that was not installed, for {@link FailureMarker#MISSING_MODULE}
 * @param missingFile the path that did not exist, for {@link FailureMarker#MISSING_FILE}
 * @param terminationLine the log line reporting a timeout, kill or memory exhaustion
 * @param nonFiniteLine the first log line showing NaN / Inf values
 * @param errorLine the last error-looking line outside any traceback (for runs without one)
 * @param target the last goal flag the program printed about itself ({@code reached_T10=True}),
 *     when it printed one
 * @param degenerateLine the output line that showed degenerate results, for {@link
 *     FailureMarker#DEGENERATE_OUTPUT}
 * @param outputTail the last lines the program printed to standard output (bounded)
 * @param eval what the evaluator's log says ({@link EvalStatus#NOT_RUN} without one)
 * @param logBytes the size of the run's log
 * @param logTruncated true when the log was too large and only its head and tail were scanned
 */
public record FailureSignature(
    RunOutcome outcome,
    OptionalInt exitCode,
    OptionalDouble durationSeconds,
    Optional<PythonTraceback> traceback,
    Set<FailureMarker> markers,
    Optional<String> missingModule,
    Optional<String> missingFile,
    Optional<String> terminationLine,
    Optional<String> nonFiniteLine,
    Optional<String> errorLine,
    Optional<TargetFlag> target,
    Optional<String> degenerateLine,
    List<String> outputTail,
    EvalOutcome eval,
    long logBytes,
    boolean logTruncated) {

  public FailureSignature {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(exitCode, "exitCode");
    Objects.requireNonNull(durationSeconds, "durationSeconds");
    Objects.requireNonNull(traceback, "traceback");
    markers = markers.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(markers));
    Objects.requireNonNull(missingModule, "missingModule");
    Objects.requireNonNull(missingFile, "missingFile");
    Objects.requireNonNull(terminationLine, "terminationLine");
    Objects.requireNonNull(nonFiniteLine, "nonFiniteLine");
    Objects.requireNonNull(errorLine, "errorLine");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(degenerateLine, "degenerateLine");
    outputTail = List.copyOf(outputTail);
    Objects.requireNonNull(eval, "eval");
  }

  /** True when {@code marker} was recognised. */
  public boolean has(FailureMarker marker) {
    return markers.contains(marker);
  }

  /**
   * True when the program itself reports that it reached its target: its last goal flag is true
   * ({@code reached_T10=True}) and the run completed.
   */
  public boolean targetReached() {
    return outcome == RunOutcome.COMPLETED && target.map(TargetFlag::reached).orElse(false);
  }

  /** True when the run stopped before the end of the program (crash, timeout, kill, OOM). */
  public boolean crashedBeforeOutput() {
    return outcome.stoppedEarly();
  }

  /**
   * The normalised key of this failure: the exception type and its message with numbers, paths
   * and hexadecimal addresses masked ({@link MessageMask}). Failures without a traceback get a key
   * from how they ended ({@code Timeout}, {@code Killed}, {@code OutOfMemory: cuda}, {@code
   * ExitCode: 2}); runs that completed get one from the evaluator ({@code evaluator KeyError:
   * 'argmax'}, {@code evaluator score: <n> / <n>}) or, without an evaluator, from the program's
   * own goal flag ({@code Target reached_T<n>: reached}) or its non-finite values. Never null or
   * empty.
   */
  public String signatureKey() {
    if (outcome != RunOutcome.COMPLETED && traceback.isPresent()) {
      return tracebackKey(traceback.get());
    }
    switch (outcome) {
      case TIMED_OUT:
        return "Timeout";
      case KILLED:
        return "Killed: signal " + exitCode.orElse(-9);
      case OUT_OF_MEMORY:
        return has(FailureMarker.OUT_OF_MEMORY_CUDA) ? "OutOfMemory: cuda" : "OutOfMemory: host";
      case CRASHED:
        return "ExitCode: " + exitCode.orElse(1)
            + errorLine.map(l -> " " + MessageMask.mask(l)).orElse("");
      default:
        break;
    }
    switch (eval.status()) {
      case CRASHED:
        return "evaluator "
            + eval.traceback().map(FailureSignature::tracebackKey).orElse("ExitCode: " + eval.exitCode().orElse(1));
      case SCORED_BELOW_BAR:
        return "evaluator score: "
            + eval.score().map(s -> MessageMask.mask(s.detail().isEmpty() ? s.raw() : s.detail())).orElse("");
      case PASSED:
        return "evaluator passed";
      case NO_VERDICT:
        return "evaluator no verdict";
      default:
        break;
    }
    if (targetReached()) {
      return "Target " + MessageMask.mask(target.get().name()) + ": reached";
    }
    if (has(FailureMarker.NON_FINITE)) {
      return "NonFinite: values diverged";
    }
    if (target.isPresent()) {
      return "Target " + MessageMask.mask(target.get().name()) + ": not reached";
    }
    return "Completed: no evaluator verdict";
  }

  private static String tracebackKey(PythonTraceback tb) {
    String masked = MessageMask.mask(tb.message());
    return masked.isEmpty() ? tb.simpleType() : tb.simpleType() + ": " + masked;
  }
}
