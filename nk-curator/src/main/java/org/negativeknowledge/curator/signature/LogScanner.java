package org.negativeknowledge.curator.signature;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One streaming pass over a log that keeps only what a failure signature needs. Not thread-safe;
 * one instance per log.
 */
public final class LogScanner {

  /** Frames kept per traceback (the innermost ones). */
  static final int MAX_FRAMES = 48;
  /** Output lines kept at the end of the output section. */
  static final int TAIL_LINES = 15;
  /** Longest excerpt line kept for a marker. */
  static final int MAX_MARKER_CHARS = 300;

  private static final Pattern EXIT =
      Pattern.compile(
          "(?i)^\\s*(?:exit[_ ]?code|returncode|return code|exit status)\\s*[=:]\\s*(-?\\d+)\\s*$");
  private static final Pattern DURATION =
      Pattern.compile("(?i)^\\s*duration(?:_sec|_s|_seconds)?\\s*[=:]\\s*(\\d+(?:\\.\\d+)?)\\s*s?\\s*$");
  private static final Pattern SECTION = Pattern.compile("^---\\s*(stdout|stderr)\\s*---\\s*$");
  private static final Pattern TB_HEADER = Pattern.compile("^\\s*Traceback \\(most recent call last\\):\\s*$");
  private static final Pattern FRAME =
      Pattern.compile("^\\s*File \"(.*)\", line (\\d+)(?:, in (.*?))?\\s*$");
  private static final Pattern CARETS = Pattern.compile("^[\\s~^]+$");
  private static final Pattern ELIDED = Pattern.compile("^\\s*\\.\\.\\.<\\d+ lines>\\.\\.\\.\\s*$");
  private static final Pattern EXCEPTION = Pattern.compile("^([A-Za-z_][\\w.]*)(?::\\s?(.*))?$");
  private static final Pattern TIMEOUT =
      Pattern.compile("(?i)\\bTIMEOUT\\b|\\btimed out\\b|time limit exceeded|TimeoutExpired");
  private static final Pattern KILLED =
      Pattern.compile("(?i)^killed\\b|killed by signal|\\bSIGKILL\\b|signal 9\\b");
  private static final Pattern CUDA_OOM =
      Pattern.compile(
          "CUDA out of memory|cuda\\.OutOfMemoryError|CUBLAS_STATUS_ALLOC_FAILED"
              + "|cudaErrorMemoryAllocation|MPS backend out of memory|ResourceExhaustedError");
  private static final Pattern HOST_OOM =
      Pattern.compile(
          "\\bMemoryError\\b|Cannot allocate memory|std::bad_alloc|oom-kill|(?i:out of memory)"
              + "|Unable to allocate [\\d.]+ [KMGTP]i?B");
  private static final Pattern NON_FINITE =
      Pattern.compile(
          "(?i)(?<![\\w.])[-+]?(?:nan|inf|infinity)(?![\\w(])|finite=False|\\bdiverged\\b"
              + "|overflow encountered|invalid value encountered|numerical instability");
  /**
   * A Python warning as {@code warnings} prints it: {@code PATH:LINE: CategoryWarning: message},
   * followed by an indented echo of the source line. Markers are read from the category and the
   * message only: the path would otherwise be quoted as the evidence (and a path such as {@code
   * /inf/} would look like a non-finite value).
   */
  private static final Pattern WARNING =
      Pattern.compile("^(\\S.*?):(\\d+): ([A-Z]\\w*Warning): (.*)$");
  /** A goal flag as a program prints a boolean: {@code reached_T10=True}, {@code converged: False}. */
  private static final Pattern TARGET =
      Pattern.compile(
          "(?i)(?<![\\w.])((?:reached|success|succeeded|passed|converged|target|goal|achieved|solved)\\w*)"
              + "\\s*[=:]\\s*(true|false)\\b");
  private static final Pattern ERROR_LINE =
      Pattern.compile("(?i)^(?:error\\b|fatal\\b|segmentation fault|bus error|abort)|\\bError:\\s");

  private OptionalInt exitCode = OptionalInt.empty();
  private OptionalDouble duration = OptionalDouble.empty();
  private PythonTraceback lastTraceback;
  private int tracebackCount;
  private String timeoutLine;
  private String killedLine;
  private String hostOomLine;
  private String cudaOomLine;
  private String nonFiniteLine;
  private int nonFiniteLines;
  private String errorLine;
  private TargetFlag target;
  private boolean afterWarning;
  private final Deque<String> outputTail = new ArrayDeque<>();
  private final Deque<String> wholeTail = new ArrayDeque<>();
  private boolean sawSections;
  private String section = "";

  // traceback being read
  private boolean inTraceback;
  private final Deque<TracebackFrame> frames = new ArrayDeque<>();
  private int framesDropped;
  private String pendingFile;
  private int pendingLine;
  private String pendingFunction;
  private String pendingSource;

  private LogScanner() {}

  /**
   * Scans a log file in bounded memory.
   *
   * @throws IOException when the file cannot be read
   */
  public static LogScan scan(Path log) throws IOException {
    return scan(log, BoundedLineReader.SCAN_LIMIT_BYTES);
  }

  /**
   * Scans a log file, reading only its head and tail when it is larger than {@code scanLimitBytes}.
   *
   * @throws IOException when the file cannot be read
   */
  public static LogScan scan(Path log, long scanLimitBytes) throws IOException {
    LogScanner s = new LogScanner();
    BoundedLineReader.ReadStats stats = BoundedLineReader.read(log, scanLimitBytes, s::accept);
    return s.result(stats.bytes(), stats.skippedMiddle(), stats.undecodable());
  }

  /** Scans log text already in memory. */
  public static LogScan scanText(String text) {
    LogScanner s = new LogScanner();
    BoundedLineReader.readText(text, s::accept);
    long undecodable = text.chars().filter(c -> c == 0xFFFD).count();
    return s.result(text.length(), false, undecodable);
  }

  private void accept(String raw) {
    String line = stripRight(raw);
    Matcher m;
    if (inTraceback && readTracebackLine(line)) {
      return;
    }
    if (line.contains("Traceback") && TB_HEADER.matcher(line).matches()) {
      startTraceback();
      return;
    }
    if (line.startsWith("---") && (m = SECTION.matcher(line)).matches()) {
      sawSections = true;
      section = m.group(1);
      return;
    }
    // Cheap substring checks before each regex: multi-megabyte logs are mostly plain output.
    String lower = line.toLowerCase(Locale.ROOT);
    if ((lower.contains("exit") || lower.contains("return")) && (m = EXIT.matcher(line)).matches()) {
      exitCode = parseInt(m.group(1));
      return;
    }
    if (duration.isEmpty() && lower.contains("duration") && (m = DURATION.matcher(line)).matches()) {
      duration = OptionalDouble.of(Double.parseDouble(m.group(1)));
      return;
    }
    boolean sourceEcho = afterWarning && !line.isEmpty() && Character.isWhitespace(line.charAt(0));
    afterWarning = false;
    if (lower.contains("warning: ") && (m = WARNING.matcher(line)).matches()) {
      String evidence = m.group(3) + ": " + m.group(4).strip() + " (" + fileName(m.group(1)) + ":" + m.group(2) + ")";
      markers(evidence, evidence.toLowerCase(Locale.ROOT));
      afterWarning = true;
    } else if (!sourceEcho) {
      markers(line, lower);
      if (lower.contains("true") || lower.contains("false")) {
        m = TARGET.matcher(line);
        while (m.find()) {
          target = new TargetFlag(m.group(1), m.group(2).equalsIgnoreCase("true"), excerpt(line));
        }
      }
    }
    if (!line.isBlank()) {
      keepTail(wholeTail, line);
      if ("stdout".equals(section)) {
        keepTail(outputTail, line);
      }
    }
  }

  private void markers(String line, String lower) {
    if (timeoutLine == null
        && (lower.contains("timeout") || lower.contains("timed out") || lower.contains("time limit")
            || lower.contains("timeoutexpired"))
        && TIMEOUT.matcher(line).find()) {
      timeoutLine = excerpt(line);
    }
    if (killedLine == null && (lower.contains("kill") || lower.contains("signal 9"))
        && KILLED.matcher(line).find()) {
      killedLine = excerpt(line);
    }
    boolean memory = lower.contains("memory") || lower.contains("alloc") || lower.contains("oom")
        || lower.contains("resourceexhausted");
    if (memory) {
      boolean cuda = CUDA_OOM.matcher(line).find();
      if (cuda && cudaOomLine == null) {
        cudaOomLine = excerpt(line);
      } else if (!cuda && hostOomLine == null && HOST_OOM.matcher(line).find()) {
        hostOomLine = excerpt(line);
      }
    }
    if ((lower.contains("nan") || lower.contains("inf") || lower.contains("finite=false")
            || lower.contains("overflow") || lower.contains("invalid value") || lower.contains("diverged")
            || lower.contains("instability"))
        && NON_FINITE.matcher(line).find()) {
      nonFiniteLines++;
      if (nonFiniteLine == null) {
        nonFiniteLine = excerpt(line);
      }
    }
    if ((lower.contains("error") || lower.contains("fatal") || lower.contains("segmentation")
            || lower.contains("abort"))
        && !line.contains("WARNING") && ERROR_LINE.matcher(line).find()) {
      errorLine = excerpt(line);
    }
  }

  /** Returns true when the line belonged to the traceback being read. */
  private boolean readTracebackLine(String line) {
    Matcher m = FRAME.matcher(line);
    if (m.matches()) {
      flushFrame();
      pendingFile = m.group(1);
      pendingLine = parseInt(m.group(2)).orElse(0);
      pendingFunction = m.group(3) == null ? "" : m.group(3);
      pendingSource = null;
      return true;
    }
    if (line.isBlank() || CARETS.matcher(line).matches() || ELIDED.matcher(line).matches()) {
      return true;
    }
    if (Character.isWhitespace(line.charAt(0))) {
      if (pendingFile != null && pendingSource == null) {
        pendingSource = line.strip();
      }
      return true;
    }
    if (TB_HEADER.matcher(line).matches()) {
      return false;
    }
    flushFrame();
    Matcher e = EXCEPTION.matcher(line);
    String type;
    String message;
    if (e.matches()) {
      type = e.group(1);
      message = e.group(2) == null ? "" : e.group(2).strip();
    } else {
      int colon = line.indexOf(": ");
      type = colon > 0 && !line.substring(0, colon).contains(" ") ? line.substring(0, colon) : "Error";
      message = colon > 0 ? line.substring(colon + 2).strip() : line.strip();
    }
    lastTraceback =
        new PythonTraceback(type, excerpt(message), new ArrayList<>(frames), framesDropped);
    tracebackCount++;
    inTraceback = false;
    markers(line, line.toLowerCase(Locale.ROOT));
    keepTail(wholeTail, line);
    return true;
  }

  private void startTraceback() {
    inTraceback = true;
    frames.clear();
    framesDropped = 0;
    pendingFile = null;
  }

  private void flushFrame() {
    if (pendingFile == null) {
      return;
    }
    frames.addLast(
        new TracebackFrame(
            pendingFile, pendingLine, pendingFunction, Optional.ofNullable(pendingSource)));
    if (frames.size() > MAX_FRAMES) {
      frames.removeFirst();
      framesDropped++;
    }
    pendingFile = null;
  }

  private LogScan result(long bytes, boolean skippedMiddle, long undecodable) {
    return new LogScan(
        exitCode,
        duration,
        Optional.ofNullable(lastTraceback),
        tracebackCount,
        Optional.ofNullable(timeoutLine),
        Optional.ofNullable(killedLine),
        Optional.ofNullable(hostOomLine),
        Optional.ofNullable(cudaOomLine),
        Optional.ofNullable(nonFiniteLine),
        nonFiniteLines,
        Optional.ofNullable(errorLine),
        Optional.ofNullable(target),
        new ArrayList<>(sawSections ? outputTail : wholeTail),
        new ArrayList<>(wholeTail),
        bytes,
        skippedMiddle,
        undecodable);
  }

  private static void keepTail(Deque<String> tail, String line) {
    tail.addLast(excerpt(line));
    if (tail.size() > TAIL_LINES) {
      tail.removeFirst();
    }
  }

  private static String excerpt(String line) {
    String s = line.strip();
    return s.length() > MAX_MARKER_CHARS ? s.substring(0, MAX_MARKER_CHARS) + " [...]" : s;
  }

  private static String fileName(String path) {
    String p = path.replace('\\', '/');
    return p.substring(p.lastIndexOf('/') + 1);
  }

  private static String stripRight(String s) {
    int end = s.length();
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  private static OptionalInt parseInt(String digits) {
    try {
      return OptionalInt.of(Integer.parseInt(digits));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
