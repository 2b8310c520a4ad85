package org.negativeknowledge.curator.offline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negativeknowledge.curator.signature.EvalOutcome;
import org.negativeknowledge.curator.signature.EvalScore;
import org.negativeknowledge.curator.signature.FailureMarker;
import org.negativeknowledge.curator.signature.FailureSignature;
import org.negativeknowledge.curator.signature.PythonTraceback;
import org.negativeknowledge.curator.signature.RunOutcome;
import org.negativeknowledge.curator.signature.TracebackFrame;

/**
 * Writes the text fields of an offline record from a round's facts: concrete where the signature
 * supports it, and saying plainly when nothing specific can be derived. Every method returns text
 * already cut to the field's bound.
 */
public final class SignatureProse {

  /** Bound of attempted_route and observation. */
  public static final int ROUTE_MAX = 200;
  /** Bound of observation. */
  public static final int OBSERVATION_MAX = 200;
  /** Bound of rationale. */
  public static final int RATIONALE_MAX = 300;
  /** Bound of recommended_alternative. */
  public static final int ALTERNATIVE_MAX = 300;
  /** Bound of synthesised_diagnosis. */
  public static final int DIAGNOSIS_MAX = 400;

  private static final String NOTHING_SPECIFIC = "nothing more specific can be derived offline";
  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
  private static final Pattern MODULE_ATTR =
      Pattern.compile("module '([\\w.]+)' has no attribute '(\\w+)'(?:.*Did you mean:? '(\\w+)')?");
  private static final Pattern OBJECT_ATTR = Pattern.compile("'(\\w+)' object has no attribute '(\\w+)'");
  private static final Pattern CANNOT_IMPORT = Pattern.compile("cannot import name '(\\w+)' from '([\\w.]+)'");
  private static final Pattern UNEXPECTED_KW =
      Pattern.compile("([\\w.]+)\\(\\) got an unexpected keyword argument '(\\w+)'");
  private static final Pattern MISSING_ARG =
      Pattern.compile("([\\w.]+)\\(\\) missing \\d+ required (?:positional|keyword-only) arguments?: (.+)$");

  private SignatureProse() {}

  // ---------------------------------------------------------------- route

  /** The attempted route: the code's library calls (failing call first), else the notes' approach. */
  public static String route(RoundFacts f) {
    List<String> parts = new ArrayList<>();
    for (PythonCodeFacts.LibraryCall c : f.failingCalls()) {
      addDistinct(parts, c.render());
    }
    List<PythonCodeFacts.LibraryCall> ranked = new ArrayList<>(f.code().calls());
    ranked.sort((a, b) -> Integer.compare(prominence(b), prominence(a)));
    for (PythonCodeFacts.LibraryCall c : ranked) {
      addDistinct(parts, c.render());
    }
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      int extra = (b.length() == 0 ? 0 : 3) + p.length();
      if (b.length() + extra > ROUTE_MAX - 2) {
        if (b.length() == 0) {
          b.append(p);
        }
        continue;
      }
      if (b.length() > 0) {
        b.append(" + ");
      }
      b.append(p);
    }
    if (b.length() == 0 && !f.code().libraries().isEmpty()) {
      b.append("code using ").append(String.join(", ", f.code().libraries()));
    }
    if (parts.size() < 2 && f.approach().isPresent()) {
      b.append(b.length() == 0 ? "" : "; ").append(f.approach().get());
    }
    if (b.length() == 0) {
      b.append("the round's code (no library calls or approach notes could be recognised)");
    }
    return BoundedText.fit(b.toString(), ROUTE_MAX);
  }

  /**
   * How much a call says about the method: keyword arguments and domain libraries say more than
   * array plumbing ({@code numpy.zeros}, {@code pandas.DataFrame}, {@code torch.device}).
   */
  static int prominence(PythonCodeFacts.LibraryCall c) {
    int score = 0;
    if (!c.keywordArgs().isEmpty()) {
      score += 2;
    }
    String lib = c.library();
    if (!lib.equals("numpy") && !lib.equals("pandas") && !lib.equals("matplotlib") && !lib.equals("torch")) {
      score += 2;
    }
    if (PLUMBING.matcher(c.qualifiedName()).matches() || lib.equals("matplotlib") || lib.equals("seaborn")) {
      score -= 4;
    }
    return score;
  }

  private static final Pattern PLUMBING =
      Pattern.compile(
          "numpy\\.(?:array|asarray|zeros|ones|empty|full|arange|linspace|mean|std|sum|where|abs|sqrt|log|exp"
              + "|concatenate|vstack|hstack|stack|max|min|unique|isnan|isfinite|save|round|clip|float\\w*|int\\w*"
              + "|random\\.seed|sort|argsort|argmax|argmin|percentile|median|nan\\w*|squeeze|expand_dims)"
              + "|pandas\\.(?:DataFrame|Series|concat|isna|notna)"
              + "|torch\\.(?:device|tensor|from_numpy|no_grad|manual_seed|cuda\\.\\w+|save|cat|stack|zeros|ones)"
              + "|torch\\.nn\\.(?:ReLU|Sequential|Dropout|Identity|ModuleList)"
              + "|tqdm\\.\\w+|tqdm");

  private static void addDistinct(List<String> parts, String p) {
    for (String q : parts) {
      if (q.startsWith(p) || p.startsWith(q.split("\\(")[0] + "(") && q.split("\\(")[0].equals(p.split("\\(")[0])) {
        return;
      }
    }
    parts.add(p);
  }

  // ---------------------------------------------------------------- observation

  /** What happened, with the concrete signature: error text, numbers, timing. */
  public static String observation(RoundFacts f) {
    FailureSignature s = f.signature();
    String timing = timing(s);
    String text;
    switch (f.roundClass()) {
      case ENVIRONMENT_CRASH, CODE_CRASH -> {
        PythonTraceback tb = s.traceback().orElseThrow();
        text = BoundedText.clip(tb.headline(), 110) + where(f) + "; " + timing + "; evaluator not run";
      }
      case RESOURCE_LIMIT -> text =
          describeTermination(s) + s.terminationLine().map(l -> " ('" + BoundedText.clip(l, 60) + "')").orElse("")
              + "; " + timing + "; no output evaluated";
      case UNEXPLAINED_EXIT -> text =
          timing + " with no traceback" + s.errorLine().map(l -> "; last error line: '" + BoundedText.clip(l, 90) + "'").orElse("")
              + "; evaluator not run";
      case EVALUATOR_REJECTED -> text =
          "Script ran (" + timing + ") but the evaluator crashed: "
              + BoundedText.clip(s.eval().message(), 90) + evalWhere(s.eval());
      case DEGENERATE_OUTPUT -> text =
          "Script ran (" + timing + ") but its output is degenerate: '" + BoundedText.clip(degenerateLine(s), 70)
              + "'; evaluator: " + verdict(s.eval());
      case SCORED_BELOW_BAR, PASSED -> text =
          "Script ran (" + timing + "); evaluator scored " + verdict(s.eval())
              + lastOutput(s).map(l -> "; output ends '" + BoundedText.clip(l, 60) + "'").orElse("");
      case DIVERGED -> text =
          "Non-finite values appeared: '" + BoundedText.clip(s.nonFiniteLine().orElse(""), 100) + "'; " + timing;
      default -> text =
          "Script ran (" + timing + "); no evaluator verdict"
              + lastOutput(s).map(l -> "; output ends '" + BoundedText.clip(l, 80) + "'").orElse("");
    }
    return BoundedText.fit(text, OBSERVATION_MAX);
  }

  private static String timing(FailureSignature s) {
    String code = s.exitCode().isPresent() ? "exit code " + s.exitCode().getAsInt() : "exit code not logged";
    String dur = s.durationSeconds().isPresent() ? " after " + seconds(s.durationSeconds().getAsDouble()) : "";
    return code + dur;
  }

  private static String seconds(double d) {
    return (d == Math.rint(d) && d >= 10 ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d)) + " s";
  }

  private static String where(RoundFacts f) {
    Optional<TracebackFrame> frame = f.failingFrame().or(() -> f.signature().traceback().flatMap(PythonTraceback::innermostFrame));
    if (frame.isEmpty()) {
      return "";
    }
    TracebackFrame fr = frame.get();
    return " at " + fr.location() + fr.sourceLine().map(src -> " (`" + BoundedText.clip(src, 60) + "`)").orElse("");
  }

  private static String evalWhere(EvalOutcome e) {
    return e.traceback().flatMap(PythonTraceback::innermostUserFrame)
        .map(fr -> " at " + fr.location() + fr.sourceLine().map(src -> " (`" + BoundedText.clip(src, 50) + "`)").orElse(""))
        .orElse("");
  }

  private static String describeTermination(FailureSignature s) {
    if (s.outcome() == RunOutcome.TIMED_OUT) {
      return "Killed by the time limit";
    }
    if (s.outcome() == RunOutcome.OUT_OF_MEMORY) {
      return s.has(FailureMarker.OUT_OF_MEMORY_CUDA) ? "Ran out of GPU memory" : "Ran out of host memory";
    }
    return "Killed by a signal";
  }

  private static String verdict(EvalOutcome e) {
    return e.score().map(EvalScore::describe).orElse(e.message().isEmpty() ? "no verdict" : e.message());
  }

  private static Optional<String> lastOutput(FailureSignature s) {
    List<String> out = s.outputTail();
    for (int i = out.size() - 1; i >= 0; i--) {
      String l = out.get(i);
      if (!l.matches("^[\\s\\d%|█▏▎▍▌▋▊▉:/.,\\[\\]<>?a-z_]*it/s\\]?$") && !l.isBlank()) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  private static String degenerateLine(FailureSignature s) {
    return s.degenerateLine().orElse(lastOutput(s).orElse(""));
  }

  // ---------------------------------------------------------------- rationale

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
              + BoundedText.clip(degenerateLine(s), 60)
              + "'): an upstream step (a lookup, a match or a filter) yielded nothing and defaults were written, so the evaluator had no real result to score.";
          case SCORED_BELOW_BAR -> scoredRationale(s.eval());
          case DIVERGED -> "The computation produced non-finite values (first seen: '"
              + BoundedText.clip(s.nonFiniteLine().orElse(""), 80)
              + "'): the numerical scheme is unstable for these parameters (step size, resolution or initial data).";
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
      return "The code looks up '" + BoundedText.clip(key, 60) + "'" + where(f) + inLib
          + ", which the data or the library's result at that point does not contain: an assumption about column or key names that the run contradicted.";
    }
    if (s.has(FailureMarker.SHAPE_MISMATCH)) {
      return "Array dimensions disagree (" + BoundedText.clip(msg, 110) + ")" + where(f)
          + ": the code's assumption about the data's shape does not hold for the actual arrays.";
    }
    if (s.has(FailureMarker.DTYPE_MISMATCH)) {
      return "Data types disagree (" + BoundedText.clip(msg, 110) + ")" + where(f)
          + ": a value of an unexpected type reaches a step that needs another.";
    }
    String inLib = tb.raisedInLibrary() ? " inside " + libraryOf(tb) : "";
    return "The run raised " + tb.simpleType() + inLib + where(f) + " (" + BoundedText.clip(msg, 90) + "); "
        + NOTHING_SPECIFIC + ": the mechanism has to be read from the code around that line.";
  }

  private static String resourceRationale(FailureSignature s) {
    if (s.outcome() == RunOutcome.TIMED_OUT) {
      return "The run did not finish within the time limit" + s.terminationLine().map(l -> " ('" + BoundedText.clip(l, 40) + "')").orElse("")
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
    String head = BoundedText.clip(e.message(), 90);
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

  // ---------------------------------------------------------------- alternative

  /** One next route the signature supports, or what to check when none can be derived. */
  public static String alternative(RoundFacts f) {
    FailureSignature s = f.signature();
    String text =
        switch (f.roundClass()) {
          case ENVIRONMENT_CRASH -> environmentAlternative(f);
          case CODE_CRASH -> codeAlternative(f);
          case RESOURCE_LIMIT -> resourceAlternative(s);
          case UNEXPLAINED_EXIT -> "Re-run with stderr captured and python -X faulthandler to see why it exits "
              + s.exitCode().orElse(1) + "; no replacement route can be derived offline until the cause is visible.";
          case EVALUATOR_REJECTED -> evaluatorAlternative(s.eval());
          case DEGENERATE_OUTPUT -> "Print intermediate counts before writing (matches found, rows after each filter, columns detected) and fail loudly when a step yields nothing"
              + mainCall(f).map(c -> " (start with the result of " + c + ")").orElse("")
              + ", instead of writing fallback defaults.";
          case SCORED_BELOW_BAR -> scoredAlternative(f);
          case DIVERGED -> "Halve the time step (or add dealiasing / filtering for stiff terms) and stop at the first non-finite value with a logged diagnostic; check the CFL-type limit before the run.";
          default -> "Obtain a verdict first: run the evaluator or the task's checks on the output; " + NOTHING_SPECIFIC + " from these logs.";
        };
    return BoundedText.fit(text, ALTERNATIVE_MAX);
  }

  private static String environmentAlternative(RoundFacts f) {
    FailureSignature s = f.signature();
    if (s.missingModule().isPresent()) {
      String m = s.missingModule().get();
      Optional<String> sub = KnownSubstitutes.forModule(m);
      String keep = keptCalls(f, m);
      if (sub.isPresent()) {
        return "Replace " + m + " with " + sub.get() + (keep.isEmpty() ? "" : "; keep " + keep) + ".";
      }
      String importName = m.equals(m.toUpperCase(Locale.ROOT)) ? m.toLowerCase(Locale.ROOT) : m.split("\\.")[0];
      return "No specific replacement can be derived offline: check which packages the environment provides (python -c 'import "
          + importName + "', pip list) and re-implement the step that needs " + m + " with an installed library"
          + (keep.isEmpty() ? "" : ", keeping " + keep) + ".";
    }
    return "List the data directory (os.listdir / glob) and open the path that exists instead of '"
        + s.missingFile().map(p -> BoundedText.clip(p, 80)).orElse("the hard-coded path") + "'; derive paths from the task's dataset description.";
  }

  private static String keptCalls(RoundFacts f, String missing) {
    String top = missing.split("\\.")[0];
    List<String> keep = new ArrayList<>();
    List<PythonCodeFacts.LibraryCall> ranked = new ArrayList<>(f.code().calls());
    ranked.sort((a, b) -> Integer.compare(prominence(b), prominence(a)));
    for (PythonCodeFacts.LibraryCall c : ranked) {
      if (!c.library().equals(top) && keep.size() < 2 && prominence(c) > 0) {
        keep.add(c.render());
      }
    }
    return String.join(", ", keep);
  }

  private static String codeAlternative(RoundFacts f) {
    FailureSignature s = f.signature();
    PythonTraceback tb = s.traceback().orElseThrow();
    String msg = tb.message();
    String at = where(f);
    Matcher m;
    if ((m = MODULE_ATTR.matcher(msg)).find()) {
      String q = m.group(1) + "." + m.group(2);
      Optional<String> renamed = KnownSubstitutes.forRenamed(q);
      if (renamed.isPresent()) {
        return "Use " + renamed.get() + " instead of " + q + at + "; keep the rest of the route.";
      }
      if (m.group(3) != null) {
        return "Check whether " + m.group(1) + "." + m.group(3) + " (the interpreter's suggestion) computes the same thing (help(" + m.group(1) + "." + m.group(3)
            + ")); otherwise find the current name in dir(" + m.group(1) + ") for the installed version and replace " + q + ".";
      }
      return "Find the current name of " + q + " in the installed version (dir(" + m.group(1) + "), " + m.group(1)
          + ".__version__) and replace the call" + at + "; " + NOTHING_SPECIFIC + ".";
    }
    if ((m = OBJECT_ATTR.matcher(msg)).find()) {
      return "Inspect the " + m.group(1) + " object" + at + " (dir(obj)) and use the attribute the installed version provides instead of '"
          + m.group(2) + "'; " + NOTHING_SPECIFIC + ".";
    }
    if ((m = CANNOT_IMPORT.matcher(msg)).find()) {
      return "Look up where " + m.group(1) + " lives in the installed " + m.group(2) + " (dir(" + m.group(2)
          + "), its changelog) and import it from there; " + NOTHING_SPECIFIC + ".";
    }
    if ((m = UNEXPECTED_KW.matcher(msg)).find()) {
      return "Call " + m.group(1) + " without " + m.group(2) + "= (check inspect.signature(" + m.group(1)
          + ") in the installed version) and compute what " + m.group(2) + " controlled in a separate step" + at + ".";
    }
    if ((m = MISSING_ARG.matcher(msg)).find()) {
      return "Pass " + m.group(2) + " to " + m.group(1) + at + " explicitly (take the value from the data or the task), after checking inspect.signature("
          + m.group(1) + ").";
    }
    if (s.has(FailureMarker.MISSING_KEY)) {
      String key = firstQuoted(msg).orElse("the key");
      return "Print the available columns or keys (df.columns, dict.keys()) just before the failing line" + at
          + " and select by the name actually present instead of assuming '" + BoundedText.clip(key, 50)
          + "'; derive it from the existing columns if the library names it differently.";
    }
    if (s.has(FailureMarker.SHAPE_MISMATCH)) {
      return "Print the .shape of every array entering the failing operation" + at
          + " and derive the reshape or broadcast dimensions from the data (e.g. a.reshape(len(a), -1)) instead of hard-coded sizes.";
    }
    if (s.has(FailureMarker.DTYPE_MISMATCH)) {
      return "Convert the inputs" + at + " explicitly (astype, pd.to_numeric(errors='coerce')) and check df.dtypes before the numeric step.";
    }
    return "Reproduce the failure" + at + " in isolation and check its inputs against the library's documented behaviour; "
        + NOTHING_SPECIFIC + " about a replacement route.";
  }

  private static String resourceAlternative(FailureSignature s) {
    if (s.outcome() == RunOutcome.OUT_OF_MEMORY) {
      return "Reduce peak memory: process the data in chunks or smaller batches, use float32 instead of float64, and check the size of the largest array before allocating it.";
    }
    if (s.outcome() == RunOutcome.TIMED_OUT) {
      return "Make one run fit the time limit: subsample the data or lower the resolution / iterations first, vectorise the hot loop, and print timings per stage to see where the time goes.";
    }
    return "Re-run with memory and time logged (e.g. /usr/bin/time -v) to see which limit kills it, then cut that cost; no replacement route can be derived offline.";
  }

  private static String evaluatorAlternative(EvalOutcome e) {
    String head = e.message();
    String type = e.traceback().map(PythonTraceback::simpleType).orElse("");
    Optional<String> key = firstQuoted(head).map(k -> k.replaceAll("^Index\\(\\[|\\].*$", ""));
    if ((type.equals("KeyError") || head.contains("are in the [columns]")) && key.isPresent()) {
      return "Write the output with the key or column " + BoundedText.clip(key.get(), 60)
          + " that the evaluator reads; compare the output's keys with the task's output specification and load the file back the way the evaluator does before finishing.";
    }
    if (head.contains("identically-labeled") || type.equals("IndexError") || head.contains("inconsistent numbers of samples")) {
      return "Align the output with the reference before saving: one row per reference item, in the reference's order, with a plain index (reset_index(drop=True)) and the column names the task specifies.";
    }
    return "Check the output against the task's output specification (file name, columns, keys, one row per item) and load it the way the evaluator does before finishing; "
        + NOTHING_SPECIFIC + ".";
  }

  private static String scoredAlternative(RoundFacts f) {
    Optional<EvalScore> score = f.signature().eval().score();
    String main = mainCall(f).map(c -> " than " + c).orElse(" than the current computation");
    if (score.isPresent() && score.get().partial()) {
      return "Keep the output format (the evaluator reads it) and fix the computation: compare the values with the task's definition on the items that failed and use a method closer to the one the task names"
          + mainCall(f).map(c -> " instead of " + c).orElse("") + ".";
    }
    return "Keep the output format (the evaluator reads it) and change how the values are computed: follow the task's definition of the quantity (or the reference method it names) rather" + main
        + "; " + NOTHING_SPECIFIC + ".";
  }

  private static Optional<String> mainCall(RoundFacts f) {
    if (!f.failingCalls().isEmpty()) {
      return Optional.of(f.failingCalls().get(0).qualifiedName());
    }
    List<PythonCodeFacts.LibraryCall> calls = f.code().calls();
    for (int i = calls.size() - 1; i >= 0; i--) {
      String lib = calls.get(i).library();
      if (!lib.equals("pandas") && !lib.equals("numpy") && !lib.equals("matplotlib")) {
        return Optional.of(calls.get(i).qualifiedName());
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- short forms

  /** A short name of the round's failure, for ruled-out routes and diagnoses. */
  public static String shortFailure(RoundFacts f) {
    FailureSignature s = f.signature();
    return switch (f.roundClass()) {
      case ENVIRONMENT_CRASH, CODE_CRASH -> BoundedText.clip(s.traceback().orElseThrow().headline(), 90);
      case RESOURCE_LIMIT -> describeTermination(s).toLowerCase(Locale.ROOT);
      case UNEXPLAINED_EXIT -> "exit code " + s.exitCode().orElse(1) + " without traceback";
      case EVALUATOR_REJECTED -> "evaluator crashed: " + BoundedText.clip(s.eval().message(), 70);
      case DEGENERATE_OUTPUT -> "degenerate output, evaluator " + verdict(s.eval());
      case SCORED_BELOW_BAR -> "scored " + verdict(s.eval());
      case DIVERGED -> "non-finite values";
      case PASSED -> "evaluator passed";
      default -> "no evaluator verdict";
    };
  }

  /** The library the traceback was raised in, read from its innermost frame's path. */
  static String libraryOf(PythonTraceback tb) {
    return tb.innermostFrame()
        .map(fr -> {
          String p = fr.file().replace('\\', '/');
          Matcher m = Pattern.compile("(?:site|dist)-packages/([\\w]+)").matcher(p);
          return m.find() ? m.group(1) : fr.fileName();
        })
        .orElse("a library");
  }

  private static Optional<String> firstQuoted(String msg) {
    Matcher m = QUOTED.matcher(msg);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
