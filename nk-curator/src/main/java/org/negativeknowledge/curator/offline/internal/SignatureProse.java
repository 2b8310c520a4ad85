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
 * Writes the descriptive text fields of an offline record from a round's facts (the attempted route,
 * the observation, a short name of the failure): concrete where the signature supports it, and
 * saying plainly when nothing specific can be derived. The mechanism and the next route are written
 * by {@link RationaleProse} and {@link AlternativeProse}. Every method returns text already cut to
 * the field's bound; evidence is quoted from the error or warning itself, never from a path line.
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

  static final String NOTHING_SPECIFIC = "nothing more specific can be derived offline";
  static final Pattern QUOTED = Pattern.compile("'([^']+)'");
  static final Pattern MODULE_ATTR =
      Pattern.compile("module '([\\w.]+)' has no attribute '(\\w+)'(?:.*Did you mean:? '(\\w+)')?");
  static final Pattern OBJECT_ATTR = Pattern.compile("'(\\w+)' object has no attribute '(\\w+)'");
  static final Pattern CANNOT_IMPORT = Pattern.compile("cannot import name '(\\w+)' from '([\\w.]+)'");
  static final Pattern UNEXPECTED_KW =
      Pattern.compile("([\\w.]+)\\(\\) got an unexpected keyword argument '(\\w+)'");
  static final Pattern MISSING_ARG =
      Pattern.compile("([\\w.]+)\\(\\) missing \\d+ required (?:positional|keyword-only) arguments?: (.+)$");

  private SignatureProse() {}

  // ---------------------------------------------------------------- route

  /**
   * The attempted route: the code's library calls (failing call first), else the notes' approach;
   * when the code calls only array libraries (numpy, pandas, plotting), the notes' approach first.
   */
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
    boolean plumbingOnly = f.failingCalls().isEmpty()
        && ranked.stream().allMatch(c -> ARRAY_LIBRARIES.contains(c.library()) || prominence(c) <= 0);
    if (plumbingOnly && f.approach().isPresent()) {
      // calls into array libraries alone say little about the method: the notes' approach leads
      b.append(BoundedText.fit(f.approach().get(), ROUTE_MAX - 40));
    }
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
    if (parts.size() < 2 && f.approach().isPresent() && !plumbingOnly) {
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

  private static final java.util.Set<String> ARRAY_LIBRARIES = java.util.Set.of("numpy", "pandas", "matplotlib", "seaborn");

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
        text = BoundedText.quote(tb.headline(), 110) + where(f) + "; " + timing + "; evaluator not run";
      }
      case RESOURCE_LIMIT -> text =
          describeTermination(s) + s.terminationLine().map(l -> " ('" + BoundedText.quote(l, 60) + "')").orElse("")
              + "; " + timing + "; no output evaluated";
      case UNEXPLAINED_EXIT -> text =
          timing + " with no traceback" + s.errorLine().map(l -> "; last error line: '" + BoundedText.quote(l, 90) + "'").orElse("")
              + "; evaluator not run";
      case EVALUATOR_REJECTED -> text =
          "Script ran (" + timing + ") but the evaluator crashed: "
              + BoundedText.quote(s.eval().message(), 90) + evalWhere(s.eval());
      case DEGENERATE_OUTPUT -> text =
          "Script ran (" + timing + ") but its output is degenerate: '" + BoundedText.quote(degenerateLine(s), 70)
              + "'; evaluator: " + verdict(s.eval());
      case SCORED_BELOW_BAR, PASSED -> text =
          "Script ran (" + timing + "); evaluator scored " + verdict(s.eval())
              + lastOutput(s).map(l -> "; output ends '" + BoundedText.quote(l, 60) + "'").orElse("");
      case DIVERGED -> text =
          "Non-finite values: " + BoundedText.quote(s.nonFiniteLine().orElse(""), 100)
              + s.target().map(t -> "; the program reports " + t.name() + "=" + (t.reached() ? "True" : "False")).orElse("")
              + "; " + timing;
      case TARGET_REACHED -> text =
          "Ran to the end (" + timing + ") and reports its target reached: '" + BoundedText.quote(targetLine(s), 90) + "'";
      case TARGET_MISSED -> text =
          "Ran to the end (" + timing + ") but reports its target missed: '" + BoundedText.quote(targetLine(s), 90) + "'";
      default -> text =
          "Script ran (" + timing + "); no evaluator verdict"
              + lastOutput(s).map(l -> "; output ends '" + BoundedText.quote(l, 80) + "'").orElse("");
    }
    return BoundedText.fit(text, OBSERVATION_MAX);
  }

  static String timing(FailureSignature s) {
    String code = s.exitCode().isPresent() ? "exit code " + s.exitCode().getAsInt() : "exit code not logged";
    String dur = s.durationSeconds().isPresent() ? " after " + seconds(s.durationSeconds().getAsDouble()) : "";
    return code + dur;
  }

  private static String seconds(double d) {
    return (d == Math.rint(d) && d >= 10 ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d)) + " s";
  }

  static String where(RoundFacts f) {
    Optional<TracebackFrame> frame = f.failingFrame().or(() -> f.signature().traceback().flatMap(PythonTraceback::innermostFrame));
    if (frame.isEmpty()) {
      return "";
    }
    TracebackFrame fr = frame.get();
    return " at " + fr.location() + fr.sourceLine().map(src -> " (`" + BoundedText.quote(src, 60) + "`)").orElse("");
  }

  private static String evalWhere(EvalOutcome e) {
    return e.traceback().flatMap(PythonTraceback::innermostUserFrame)
        .map(fr -> " at " + fr.location() + fr.sourceLine().map(src -> " (`" + BoundedText.quote(src, 50) + "`)").orElse(""))
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

  static String verdict(EvalOutcome e) {
    return e.score().map(EvalScore::describe).orElse(e.message().isEmpty() ? "no verdict" : e.message());
  }

  static Optional<String> lastOutput(FailureSignature s) {
    List<String> out = s.outputTail();
    for (int i = out.size() - 1; i >= 0; i--) {
      String l = out.get(i);
      if (!l.matches("^[\\s\\d%|█▏▎▍▌▋▊▉:/.,\\[\\]<>?a-z_]*it/s\\]?$") && !l.isBlank()) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  static String targetLine(FailureSignature s) {
    return s.target().map(t -> t.line()).orElse("");
  }

  static String degenerateLine(FailureSignature s) {
    return s.degenerateLine().orElse(lastOutput(s).orElse(""));
  }

  // ---------------------------------------------------------------- short forms

  /** A short name of the round's failure, for ruled-out routes and diagnoses. */
  public static String shortFailure(RoundFacts f) {
    FailureSignature s = f.signature();
    return switch (f.roundClass()) {
      case ENVIRONMENT_CRASH, CODE_CRASH -> BoundedText.quote(s.traceback().orElseThrow().headline(), 90);
      case RESOURCE_LIMIT -> describeTermination(s).toLowerCase(Locale.ROOT);
      case UNEXPLAINED_EXIT -> "exit code " + s.exitCode().orElse(1) + " without traceback";
      case EVALUATOR_REJECTED -> "evaluator crashed: " + BoundedText.quote(s.eval().message(), 70);
      case DEGENERATE_OUTPUT -> "degenerate output, evaluator " + verdict(s.eval());
      case SCORED_BELOW_BAR -> "scored " + verdict(s.eval());
      case DIVERGED -> "non-finite values (" + BoundedText.quote(s.nonFiniteLine().orElse(""), 60) + ")";
      case TARGET_REACHED -> "reached its target (" + s.target().map(t -> t.name() + "=True").orElse("") + ")";
      case TARGET_MISSED -> "target missed (" + s.target().map(t -> t.name() + "=False").orElse("") + ")";
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

  static Optional<String> firstQuoted(String msg) {
    Matcher m = QUOTED.matcher(msg);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
