package org.negativeknowledge.curator.signature;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What one pass over a log found; every field is bounded whatever the log's size.
 *
 * @param exitCode the last {@code exit_code=} / {@code EXIT_CODE=} value
 * @param durationSeconds the {@code duration_sec=} value
 * @param traceback the last complete traceback
 * @param tracebackCount how many tracebacks the log holds
 * @param timeoutLine the first line reporting a timeout
 * @param killedLine the first line reporting a kill
 * @param hostOomLine the first line reporting host memory exhaustion
 * @param cudaOomLine the first line reporting GPU memory exhaustion
 * @param nonFiniteLine the first line showing NaN / Inf values
 * @param nonFiniteLines how many lines showed NaN / Inf values
 * @param errorLine the last error-looking line outside tracebacks
 * @param target the last goal flag the program printed ({@code reached_T10=True})
 * @param outputTail the last non-blank lines of the program's standard output section (or of the
 *     whole log when it has no sections)
 * @param logTail the last non-blank lines of the whole log outside tracebacks (output and errors)
 * @param bytes the log's size
 * @param skippedMiddle true when the log was too large and its middle was not scanned
 * @param undecodable how many NUL bytes or undecodable sequences were met
 */
public record LogScan(
    OptionalInt exitCode,
    OptionalDouble durationSeconds,
    Optional<PythonTraceback> traceback,
    int tracebackCount,
    Optional<String> timeoutLine,
    Optional<String> killedLine,
    Optional<String> hostOomLine,
    Optional<String> cudaOomLine,
    Optional<String> nonFiniteLine,
    int nonFiniteLines,
    Optional<String> errorLine,
    Optional<TargetFlag> target,
    List<String> outputTail,
    List<String> logTail,
    long bytes,
    boolean skippedMiddle,
    long undecodable) {

  public LogScan {
    java.util.Objects.requireNonNull(target, "target");
    outputTail = List.copyOf(outputTail);
    logTail = List.copyOf(logTail);
  }
}
