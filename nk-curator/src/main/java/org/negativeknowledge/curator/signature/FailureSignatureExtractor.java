package org.negativeknowledge.curator.signature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.FailureArtifacts;

/**
 * Extracts a {@link FailureSignature} from a round's execution log and, when present, its
 * evaluator log. Logs are streamed in bounded memory (multi-megabyte logs cost one pass; logs over
 * 32 MB are read as head and tail), decoded as UTF-8 with undecodable bytes replaced. Stateless and
 * thread-safe.
 */
public final class FailureSignatureExtractor {

  private static final Pattern NO_MODULE = Pattern.compile("No module named '([^']+)'");
  private static final Pattern REQUIRES_INSTALL =
      Pattern.compile("(?i)requires ([\\w.\\-]+) to be installed|please install ([\\w.\\-]+)|pip install ([\\w.\\-]+)");
  private static final Pattern NO_FILE =
      Pattern.compile("No such file or directory:?\\s*'([^']+)'|does not exist:?\\s*'([^']+)'");
  private static final Pattern CALL_SIGNATURE =
      Pattern.compile(
          "unexpected keyword argument|required positional argument|positional arguments? but"
              + "|required keyword-only argument|got multiple values for argument");
  private static final Pattern MISSING_API =
      Pattern.compile("has no attribute|cannot import name|is not a valid function|is deprecated and was removed");
  private static final Pattern SHAPE =
      Pattern.compile(
          "(?i)\\bshapes?\\b|broadcast|\\bdimensions?\\b|size of tensor|reshape|features, but"
              + "|inconsistent numbers of samples|mat1 and mat2|must match the size|length mismatch"
              + "|length of values|\\bndim\\b|out of bounds for axis");
  private static final Pattern DTYPE =
      Pattern.compile(
          "(?i)\\bdtype\\b|could not convert string to|expected scalar type|cannot cast"
              + "|invalid literal for|unsupported operand type|expected .* but got .*(?:float|double|long|int)"
              + "|can't convert|cannot convert|out of bounds nanosecond|with unit '");
  private static final Pattern SCORE_TUPLE =
      Pattern.compile("^\\(\\s*([-+]?\\d+(?:\\.\\d+)?|True|False)\\s*,\\s*(.*?)\\s*\\)$");
  private static final Pattern VERDICT = Pattern.compile("^(True|False)$");
  private static final Pattern SLASH_COUNT = Pattern.compile("^(\\d+)\\s*/\\s*(\\d+)$");
  private static final Pattern DEGENERATE =
      Pattern.compile(
          "(?i)\\bunknown\\b.*\\bunknown\\b|empty dataframe|non-empty:\\s*0\\b|\\bwith 0 rows\\b"
              + "|\\b0 rows\\b|\\bno (?:results|matches|valid)\\b|\\bfound:?\\s+0\\b|\\ball (?:nan|none|zeros?)\\b"
              + "|\\bnothing (?:to|was) (?:write|written|save|saved)\\b");

  private FailureSignatureExtractor() {}

  /**
   * Extracts the signature of one round from its exec log and optional eval log.
   *
   * @throws CuratorException when a log cannot be read (the message names the file)
   */
  public static FailureSignature extract(FailureArtifacts round) {
    return extract(round.execLog(), round.evalLog());
  }

  /**
   * Extracts the signature from an exec log and an optional eval log.
   *
   * @throws CuratorException when a log cannot be read (the message names the file)
   */
  public static FailureSignature extract(Path execLog, Optional<Path> evalLog) {
    LogScan exec = scan(execLog);
    Optional<LogScan> eval = evalLog.filter(Files::isRegularFile).map(FailureSignatureExtractor::scan);
    return build(exec, eval);
  }

  /** Extracts the signature from log texts already in memory (eval text empty when absent). */
  public static FailureSignature fromText(String execLog, Optional<String> evalLog) {
    return build(LogScanner.scanText(execLog), evalLog.map(LogScanner::scanText));
  }

  private static LogScan scan(Path log) {
    try {
      return LogScanner.scan(log);
    } catch (IOException e) {
      throw new CuratorException(
          log + ": cannot read the log (" + e.getMessage() + "); check the path and permissions", e);
    }
  }

  private static FailureSignature build(LogScan exec, Optional<LogScan> evalScan) {
    Set<FailureMarker> markers = EnumSet.noneOf(FailureMarker.class);
    Optional<PythonTraceback> tb = exec.traceback();
    String tbType = tb.map(PythonTraceback::simpleType).orElse("");
    String tbText = tb.map(t -> t.exceptionType() + ": " + t.message()).orElse("");

    boolean cudaOom = exec.cudaOomLine().isPresent() || tbType.equals("OutOfMemoryError");
    boolean hostOom = !cudaOom && (exec.hostOomLine().isPresent() || tbType.equals("MemoryError"));
    int code = exec.exitCode().orElse(Integer.MIN_VALUE);
    boolean nonZero = exec.exitCode().isPresent() && code != 0;
    boolean killedCode = code == -9 || code == 137 || code == -15 || code == 143;
    boolean ended = nonZero || (exec.exitCode().isEmpty() && tb.isPresent()) || exec.killedLine().isPresent();

    RunOutcome outcome;
    Optional<String> termination = Optional.empty();
    if ((cudaOom || hostOom) && (ended || killedCode)) {
      outcome = RunOutcome.OUT_OF_MEMORY;
      termination = cudaOom ? exec.cudaOomLine() : exec.hostOomLine();
      markers.add(cudaOom ? FailureMarker.OUT_OF_MEMORY_CUDA : FailureMarker.OUT_OF_MEMORY_HOST);
    } else if (exec.timeoutLine().isPresent() && (nonZero || exec.exitCode().isEmpty())) {
      outcome = RunOutcome.TIMED_OUT;
      termination = exec.timeoutLine();
      markers.add(FailureMarker.TIMEOUT);
    } else if (killedCode || (exec.killedLine().isPresent() && code != 0)) {
      outcome = RunOutcome.KILLED;
      termination = exec.killedLine().or(() -> Optional.of("exit_code=" + code));
      markers.add(FailureMarker.KILLED);
    } else if (nonZero || (exec.exitCode().isEmpty() && tb.isPresent())) {
      outcome = RunOutcome.CRASHED;
    } else if (exec.exitCode().isPresent()) {
      outcome = RunOutcome.COMPLETED;
    } else {
      outcome = RunOutcome.UNKNOWN;
    }
    if (outcome == RunOutcome.KILLED && exec.timeoutLine().isPresent()) {
      markers.add(FailureMarker.TIMEOUT);
    }

    Optional<String> missingModule = Optional.empty();
    Optional<String> missingFile = Optional.empty();
    if (tb.isPresent() && outcome != RunOutcome.COMPLETED) {
      Matcher m = NO_MODULE.matcher(tbText);
      Matcher r = REQUIRES_INSTALL.matcher(tbText);
      if ((tbType.equals("ModuleNotFoundError") || tbType.equals("ImportError")) && m.find()) {
        missingModule = Optional.of(m.group(1));
      } else if (tbType.contains("ImportError") && r.find()) {
        missingModule = Optional.of(firstGroup(r));
      } else if (tbType.equals("ImportError") && tbText.contains("cannot import name")) {
        markers.add(FailureMarker.MISSING_API);
      }
      missingModule.ifPresent(x -> markers.add(FailureMarker.MISSING_MODULE));
      Matcher f = NO_FILE.matcher(tbText);
      if ((tbType.equals("FileNotFoundError") || tbText.contains("No such file")) && f.find()) {
        missingFile = Optional.of(firstGroup(f));
        markers.add(FailureMarker.MISSING_FILE);
      } else if (tbType.equals("FileNotFoundError")) {
        markers.add(FailureMarker.MISSING_FILE);
      }
      if (tbType.equals("TypeError") && CALL_SIGNATURE.matcher(tbText).find()) {
        markers.add(FailureMarker.CALL_SIGNATURE_MISMATCH);
      }
      if (tbType.equals("AttributeError") && MISSING_API.matcher(tbText).find()) {
        markers.add(FailureMarker.MISSING_API);
      }
      if (tbType.equals("KeyError") || tbText.contains("not in index")) {
        markers.add(FailureMarker.MISSING_KEY);
      }
      String message = tb.get().message();
      if (!markers.contains(FailureMarker.MISSING_KEY) && SHAPE.matcher(message).find()) {
        markers.add(FailureMarker.SHAPE_MISMATCH);
      }
      if (DTYPE.matcher(message).find()) {
        markers.add(FailureMarker.DTYPE_MISMATCH);
      }
    }
    if (exec.nonFiniteLine().isPresent()) {
      markers.add(FailureMarker.NON_FINITE);
    }
    Optional<String> degenerate =
        outcome == RunOutcome.COMPLETED
            ? exec.logTail().stream().filter(l -> DEGENERATE.matcher(l).find()).findFirst()
            : Optional.empty();
    degenerate.ifPresent(l -> markers.add(FailureMarker.DEGENERATE_OUTPUT));
    if (exec.undecodable() > 0 || evalScan.map(LogScan::undecodable).orElse(0L) > 0) {
      markers.add(FailureMarker.UNDECODABLE_BYTES);
    }
    EvalOutcome eval = evalScan.map(FailureSignatureExtractor::evalOutcome).orElse(EvalOutcome.notRun());
    return new FailureSignature(
        outcome,
        exec.exitCode(),
        exec.durationSeconds(),
        tb,
        markers,
        missingModule,
        missingFile,
        termination,
        exec.nonFiniteLine(),
        tb.isPresent() ? Optional.empty() : exec.errorLine(),
        exec.target(),
        degenerate,
        exec.outputTail(),
        eval,
        exec.bytes(),
        exec.skippedMiddle());
  }

  private static EvalOutcome evalOutcome(LogScan scan) {
    boolean crashed =
        (scan.exitCode().isPresent() && scan.exitCode().getAsInt() != 0)
            || (scan.exitCode().isEmpty() && scan.traceback().isPresent());
    if (crashed) {
      String message =
          scan.traceback()
              .map(PythonTraceback::headline)
              .or(scan::errorLine)
              .orElse("exit code " + scan.exitCode().orElse(1));
      return new EvalOutcome(
          EvalStatus.CRASHED, scan.exitCode(), scan.durationSeconds(), Optional.empty(),
          scan.traceback(), message);
    }
    List<String> out = scan.outputTail();
    for (int i = out.size() - 1; i >= 0; i--) {
      Optional<EvalScore> score = parseScore(out.get(i));
      if (score.isPresent()) {
        EvalScore s = score.get();
        EvalStatus status = s.value() >= 1 ? EvalStatus.PASSED : EvalStatus.SCORED_BELOW_BAR;
        return new EvalOutcome(
            status, scan.exitCode(), scan.durationSeconds(), score, Optional.empty(), s.describe());
      }
    }
    String last = out.isEmpty() ? "" : out.get(out.size() - 1);
    return new EvalOutcome(
        EvalStatus.NO_VERDICT, scan.exitCode(), scan.durationSeconds(), Optional.empty(),
        scan.traceback(), last);
  }

  /** Parses an evaluator score line: {@code (0, '8 / 14')}, {@code (1, 'ok')}, {@code False}. */
  static Optional<EvalScore> parseScore(String line) {
    String s = line.strip();
    Matcher v = VERDICT.matcher(s);
    if (v.matches()) {
      double value = s.equals("True") ? 1 : 0;
      return Optional.of(new EvalScore(value, "", OptionalInt.empty(), OptionalInt.empty(), s));
    }
    Matcher t = SCORE_TUPLE.matcher(s);
    if (!t.matches()) {
      return Optional.empty();
    }
    String head = t.group(1);
    double value = head.equals("True") ? 1 : head.equals("False") ? 0 : Double.parseDouble(head);
    String detail = unquote(t.group(2));
    Matcher c = SLASH_COUNT.matcher(detail);
    OptionalInt correct = OptionalInt.empty();
    OptionalInt total = OptionalInt.empty();
    if (c.matches()) {
      correct = OptionalInt.of(Integer.parseInt(c.group(1)));
      total = OptionalInt.of(Integer.parseInt(c.group(2)));
    }
    return Optional.of(new EvalScore(value, detail, correct, total, s));
  }

  private static String unquote(String s) {
    String x = s.strip();
    if (x.length() >= 2
        && (x.charAt(0) == '\'' || x.charAt(0) == '"')
        && x.charAt(x.length() - 1) == x.charAt(0)) {
      return x.substring(1, x.length() - 1);
    }
    return x;
  }

  private static String firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return m.group();
  }
}
