package org.negativeknowledge.curator.offline.internal;

import static org.negativeknowledge.curator.offline.internal.SignatureProse.ALTERNATIVE_MAX;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.CANNOT_IMPORT;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.MISSING_ARG;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.MODULE_ATTR;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.NOTHING_SPECIFIC;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.OBJECT_ATTR;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.UNEXPECTED_KW;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.firstQuoted;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.prominence;
import static org.negativeknowledge.curator.offline.internal.SignatureProse.where;

import java.util.ArrayList;
import java.util.List;
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
 * Writes an offline record's {@code recommended_alternative}: one next route the signature
 * supports, or what to check when none can be derived. Text is cut to {@link
 * SignatureProse#ALTERNATIVE_MAX}.
 */
public final class AlternativeProse {

  private AlternativeProse() {}

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
          case TARGET_MISSED -> "Find where the run falls short of " + s.target().map(t -> t.name()).orElse("its target")
              + " (log the quantity the flag tests per step) and change the method or its parameters there; " + NOTHING_SPECIFIC + ".";
          case TARGET_REACHED -> "Keep this route (it reached " + s.target().map(t -> t.name()).orElse("its target")
              + "); before the next run, state which outcome would refute the expectation under test and run the case that separates it from the alternatives.";
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
        + s.missingFile().map(p -> BoundedText.quote(p, 80)).orElse("the hard-coded path") + "'; derive paths from the task's dataset description.";
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
          + " and select by the name actually present instead of assuming '" + BoundedText.quote(key, 50)
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
      return "Write the output with the key or column " + BoundedText.quote(key.get(), 60)
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
}
