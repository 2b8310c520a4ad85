package org.negativeknowledge.curator.offline.internal;

import static org.negativeknowledge.curator.offline.internal.SignatureProse.CANNOT_IMPORT;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.MISSING_ARG;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.MODULE_ATTR;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.NOTHING_SPECIFIC;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.OBJECT_ATTR;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.RATIONALE_MAX;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.UNEXPECTED_KW;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.degenerateLine;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.firstQuoted;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.libraryOf;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.targetLine;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.verdict;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.where;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.negativeknowledge.curator.signature.EvalOutcome;
import org.negativeknowledge.curator.signature.EvalScore;
import org.negativeknowledge.curator.signature.FailureMarker;
import org.negativeknowledge.curator.signature.FailureSignature;
import org.negativeknowledge.curator.signature.PythonTraceback;
import org.negativeknowledge.curator.signature.RunOutcome;

/**
 * Writes an offline record's {@code rationale}: the mechanism of a round's failure as far as its
 * signature supports one, or a plain statement that none can be derived. Text is cut to {@link
 * SignatureProse#RATIONALE_MAX}.
 */
public final class RationaleProse {

  private RationaleProse() {}

  /** Why it failed: the mechanism the signature supports, or a plain statement that none can be derived. */
  public static String rationale(RoundFacts f) {
    FailureSignature s = f.signature();
    String text =
        switch (f.roundClass()) {
          case ENVIRONMENT_CRASH -> environmentRationale(f);
          case CODE_CRASH -> codeRationale(f);
          case RESOURCE_LIMIT -> resourceRationale(s);
          case UNEXPLAINED_EXIT -> "The run exited with code " + s.exitCode().orElse(1)
              + " without a Python traceback; " + NOTHING_SPECIFIC
              + " (a native crash, an explicit sys.exit or a wrapper error are all consistent with this log).";
          case EVALUATOR_REJECTED -> evaluatorRationale(s.eval());
          case DEGENERATE_OUTPUT -> "The program ran, but its own output is degenerate ('"
              + BoundedText.quote(degenerateLine(s), 60)
              + "'): an upstream step (a lookup, a match or a filter) yielded nothing and defaults were written, so the evaluator had no real result to score.";
          case SCORED_BELOW_BAR -> scoredRationale(s.eval());
          case DIVERGED -> "The computation produced non-finite values (first seen: "
              + BoundedText.quote(s.nonFiniteLine().orElse(""), 90)
              + "): the numerical scheme is unstable for these parameters (step size, resolution or initial data).";
          case TARGET_MISSED -> "The program ran to the end without an error but reports it missed its target ('"
              + BoundedText.quote(targetLine(s), 70)
              + "'): the method as configured does not reach the goal at these parameters.";
          case TARGET_REACHED -> "The program ran to the end without an error and reports its target reached ('"
              + BoundedText.quote(targetLine(s), 70)
              + "'): neither the code nor the method failed; what this round tells against is the expectation it was run to test.";
          case PASSED -> "The evaluator reported success (" + verdict(s.eval()) + "); the logs show no failure mechanism to learn from.";
          default -> "The run completed and the logs hold neither an evaluator verdict nor a failure marker; " + NOTHING_SPECIFIC + ".";
        };
    return BoundedText.fit(text, RATIONALE_MAX);
  }

  private static String environmentRationale(RoundFacts f) {
    FailureSignature s = f.signature();
    if (s.missingModule().isPresent()) {
      String m = s.missingModule().get();
      return m + " is not installed in the execution environment, so the run stopped" + where(f)
          + " before any computation; every route that imports " + m + " fails the same way here, whatever the method.";
    }
    String file = s.missingFile().orElse("the file it opens");
    return "The path '" + file + "' does not exist where the code looks for it" + where(f)
        + ": the code's assumption about the data layout does not hold in the execution environment.";
  }

  private static String codeRationale(RoundFacts f) {
    FailureSignature s = f.signature();
    PythonTraceback tb = s.traceback().orElseThrow();
    String msg = tb.message();
    Matcher m;
    if ((m = MODULE_ATTR.matcher(msg)).find()) {
      return "The installed " + m.group(1) + " has no " + m.group(1) + "." + m.group(2)
          + ": the code was written against another version of the library's API"
          + (m.group(3) != null ? " (the interpreter suggests '" + m.group(3) + "')" : "") + ".";
    }
    if ((m = OBJECT_ATTR.matcher(msg)).find()) {
      return "Objects of type " + m.group(1) + " have no attribute '" + m.group(2) + "' in the installed library" + where(f)
          + ": the code assumes an API that this version does not provide.";
    }
    if ((m = CANNOT_IMPORT.matcher(msg)).find()) {
      return "The installed " + m.group(2) + " does not export " + m.group(1)
          + ": the code was written against another version of the library.";
    }
    if ((m = UNEXPECTED_KW.matcher(msg)).find()) {
      return m.group(1) + "() in the installed version does not accept the keyword '" + m.group(2)
          + "': the call was written for a different signature of the API, so the run stopped" + where(f) + ".";
    }
    if ((m = MISSING_ARG.matcher(msg)).find()) {
      return m.group(1) + "() needs " + m.group(2) + ", which the call" + where(f)
          + " did not pass: the code assumed a default the installed API does not have.";
    }
    if (s.has(FailureMarker.MISSING_KEY)) {
      String key = firstQuoted(msg).orElse(msg);
      String inLib = tb.raisedInLibrary() ? " (raised inside " + libraryOf(tb) + ")" : "";
      return "The code looks up '" + BoundedText.quote(key, 60) + "'" + where(f) + inLib
          + ", which the data or the library's result at that point does not contain: an assumption about column or key names that the run contradicted.";
    }
    if (s.has(FailureMarker.SHAPE_MISMATCH)) {
      return "Array dimensions disagree (" + BoundedText.quote(msg, 110) + ")" + where(f)
          + ": the code's assumption about the data's shape does not hold for the actual arrays.";
    }
    if (s.has(FailureMarker.DTYPE_MISMATCH)) {
      return "Data types disagree (" + BoundedText.quote(msg, 110) + ")" + where(f)
          + ": a value of an unexpected type reaches a step that needs another.";
    }
    String inLib = tb.raisedInLibrary() ? " inside " + libraryOf(tb) : "";
    return "The run raised " + tb.simpleType() + inLib + where(f) + " (" + BoundedText.quote(msg, 90) + "); "
        + NOTHING_SPECIFIC + ": the mechanism has to be read from the code around that line.";
  }

  private static String resourceRationale(FailureSignature s) {
    if (s.outcome() == RunOutcome.TIMED_OUT) {
      return "The run did not finish within the time limit" + s.terminationLine().map(l -> " ('" + BoundedText.quote(l, 40) + "')").orElse("")
          + " and was killed: the computation as written is too expensive for the budget at this problem size, or it does not terminate.";
    }
    if (s.outcome() == RunOutcome.OUT_OF_MEMORY) {
      return "The run exhausted " + (s.has(FailureMarker.OUT_OF_MEMORY_CUDA) ? "GPU" : "host")
          + " memory: the data or model as loaded does not fit, so the route fails at this size regardless of the code's correctness.";
    }
    return "The run was killed by a signal (exit code " + s.exitCode().orElse(-9)
        + ") without a traceback; an external limit (memory or time) is the likely cause, but the log does not say which.";
  }

  private static String evaluatorRationale(EvalOutcome e) {
    String head = BoundedText.quote(e.message(), 90);
    Optional<PythonTraceback> tb = e.traceback();
    String type = tb.map(PythonTraceback::simpleType).orElse("");
    if (type.equals("KeyError") || head.contains("not in index") || head.contains("are in the [columns]")) {
      return "The program ran and wrote its output, but the evaluator failed reading it (" + head
          + "): the output lacks a key or column the evaluator looks up, so its form, not its values, is wrong.";
    }
    if (head.contains("identically-labeled") || head.contains("inconsistent numbers of samples")
        || type.equals("IndexError") || head.toLowerCase(Locale.ROOT).contains("length")) {
      return "The program ran and wrote its output, but the evaluator failed matching it to the reference (" + head
          + "): the output's rows or labels do not line up with what the evaluator compares against.";
    }
    return "The program ran, but the evaluator failed on its output (" + head
        + "): the output does not have the form the evaluator expects (file name, columns, keys or row order).";
  }

  private static String scoredRationale(EvalOutcome e) {
    Optional<EvalScore> score = e.score();
    if (score.isPresent() && score.get().partial()) {
      return "The output was read and scored " + score.get().describe()
          + ": the pipeline and its format work, but the computation gives wrong values on part of the items, so the method falls short rather than the plumbing.";
    }
    if (score.isPresent() && score.get().noneCorrect()) {
      return "The output was read but scored " + score.get().describe()
          + ": the format is accepted, yet every value is wrong, so the computation does not reproduce what the task defines; "
          + NOTHING_SPECIFIC + " about which step.";
    }
    return "The evaluator ran on the output but rejected it (" + verdict(e)
        + "); the log does not say which part is wrong, so " + NOTHING_SPECIFIC + " than that the result does not match the reference.";
  }
}
