package org.negativeknowledge.curator.offline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negativeknowledge.curator.signature.EvalOutcome;
import org.negativeknowledge.curator.signature.EvalStatus;
import org.negativeknowledge.curator.signature.PythonTraceback;

/**
 * What an evaluator that crashed on a run's output could not use, read from its traceback: a name
 * it looked up and did not find (a column or key), a file it could not open, rows that do not line
 * up with the reference, or something else.
 *
 * @param kind what kind of expectation the output missed
 * @param names the names the evaluator looked up and did not find (columns, keys, a file path)
 * @param message the evaluator's exception headline
 */
public record EvaluatorComplaint(Kind kind, List<String> names, String message) {

  /** What kind of expectation the output missed. */
  public enum Kind {
    /** A column or key the evaluator reads is absent. */
    MISSING_NAME,
    /** The file the evaluator opens is absent. */
    MISSING_FILE,
    /** The output's rows, labels or lengths do not line up with the reference. */
    MISALIGNED,
    /** Something else about the output's form. */
    OTHER
  }

  private static final Pattern NONE_OF = Pattern.compile("None of \\[Index\\(\\[([^\\]]*)\\]");
  private static final Pattern NOT_IN_INDEX = Pattern.compile("\\[([^\\]]*)\\] not in index");
  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
  private static final Pattern NO_FILE = Pattern.compile("No such file or directory:?\\s*'([^']+)'");
  private static final Pattern MISALIGNED =
      Pattern.compile(
          "(?i)identically-labeled|inconsistent numbers of samples|out-of-bounds|out of bounds|length mismatch"
              + "|lengths? (?:must|do not|don't) match|shape mismatch|operands could not be broadcast|not aligned");

  public EvaluatorComplaint {
    Objects.requireNonNull(kind, "kind");
    names = List.copyOf(names);
    Objects.requireNonNull(message, "message");
  }

  /** The complaint of an evaluator that crashed; empty when it did not crash. */
  public static Optional<EvaluatorComplaint> of(EvalOutcome eval) {
    if (eval.status() != EvalStatus.CRASHED) {
      return Optional.empty();
    }
    String type = eval.traceback().map(PythonTraceback::simpleType).orElse("");
    String msg = eval.traceback().map(PythonTraceback::message).orElse(eval.message());
    Matcher file = NO_FILE.matcher(msg);
    boolean fileNamed = file.find();
    if (fileNamed || type.equals("FileNotFoundError")) {
      List<String> names = fileNamed ? List.of(file.group(1)) : List.of();
      return Optional.of(new EvaluatorComplaint(Kind.MISSING_FILE, names, eval.message()));
    }
    if (type.equals("KeyError") || msg.contains("not in index") || msg.contains("are in the [columns]")) {
      Matcher inner = NONE_OF.matcher(msg);
      Matcher notIn = NOT_IN_INDEX.matcher(msg);
      String list = inner.find() ? inner.group(1) : notIn.find() ? notIn.group(1) : msg;
      List<String> names = new ArrayList<>();
      Matcher q = QUOTED.matcher(list);
      while (q.find()) {
        names.add(q.group(1));
      }
      return Optional.of(new EvaluatorComplaint(Kind.MISSING_NAME, names, eval.message()));
    }
    if (type.equals("IndexError") || MISALIGNED.matcher(msg).find()) {
      return Optional.of(new EvaluatorComplaint(Kind.MISALIGNED, List.of(), eval.message()));
    }
    return Optional.of(new EvaluatorComplaint(Kind.OTHER, List.of(), eval.message()));
  }

  /** A short name of the complaint for rules and prose. */
  public String describe() {
    return switch (kind) {
      case MISSING_NAME -> names.isEmpty() ? "a column or key it reads is absent"
          : "it reads " + String.join(", ", names.stream().map(n -> "'" + n + "'").toList()) + ", which the output lacks";
      case MISSING_FILE -> "the file it opens" + (names.isEmpty() ? "" : " (" + names.get(0) + ")") + " does not exist";
      case MISALIGNED -> "the output's rows or labels do not line up with the reference";
      case OTHER -> "it failed on the output (" + message.toLowerCase(Locale.ROOT).strip() + ")";
    };
  }
}
