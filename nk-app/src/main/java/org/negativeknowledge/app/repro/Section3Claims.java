package org.negativeknowledge.app.repro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * How each section-3 claim about pass rates, subsets and solver tokens is computed (S3-01..16,
 * S3-22..25, S3-30, S3-31, S3-37..39); the memory-size claims are in {@link Section3MemoryClaims}.
 */
public final class Section3Claims {
  /** The Sonnet solver's {@code model_dir}. */
  public static final String SONNET = "sonnet_4.6";
  /** The Haiku solver's {@code model_dir}. */
  public static final String HAIKU = "haiku_4.5";

  private static final String TABLE_DENOMINATOR = "38";
  private static final String NK_DENOMINATOR = "24";
  private static final String HARD_DENOMINATOR = "19";
  private static final String DEEP_SHOWCASE_TASK = "072";
  private static final String MEDIAN =
      " Median: sorted, the middle value or the mean of the two middle ones, truncated toward zero"
          + " to an integer (the paper's arithmetic; 18,080.5 becomes 18080).";
  private static final String SOLVER_TOKENS =
      "the solver account section3/solver_tokens.csv (its tokens equal dispatch.tokens of every"
          + " dispatch file present, and it also lists the dispatches whose files are absent,"
          + " which the verifier's own reading of the dispatch files misses)";

  private Section3Claims() {}

  /** The computations, by claim id. */
  public static Map<String, ClaimComputation<Section3Context>> computations() {
    Map<String, ClaimComputation<Section3Context>> m = new LinkedHashMap<>();
    put(m, "S3-01", "|P38|: the instance_id of every section3/tasks/task_*.json",
        c -> count(c.sets().p38()));
    put(m, "S3-02", "|BASE|: baseline_results/task_NNN.json whose eval_score is 1 or \"1\"",
        c -> count(c.sets().c0()));
    put(m, "S3-03", "|NK|: tasks with a Sonnet round1 dispatch, from the dispatch files and "
        + SOLVER_TOKENS, c -> count(c.sets().nk()));
    put(m, "S3-04", "|HARD| = |NK - B2|, B2 = PASS(s, round2_B2) | PASS(s, round3_B2)",
        c -> count(c.sets().hard()));
    put(m, "S3-05", "|C0| + \"/38\" (C0 = BASE)", c -> fraction(c.sets().c0(), TABLE_DENOMINATOR));
    put(m, "S3-06", "|C1| + \"/38\" (C1 = C0 | PASS(s, round2_B0))",
        c -> fraction(c.sets().c1(), TABLE_DENOMINATOR));
    put(m, "S3-07", "|C2| + \"/38\" (C2 = C1 | PASS(s, round2_NKR))",
        c -> fraction(c.sets().c2(), TABLE_DENOMINATOR));
    put(m, "S3-08", "|C3| + \"/38\" (C3 = C2 | B2)", c -> fraction(c.sets().c3(), TABLE_DENOMINATOR));
    put(m, "S3-09", "|C4| + \"/38\" (C4 = C3 | PASS(s, deepNKR_sonnet))",
        c -> fraction(c.sets().c4(), TABLE_DENOMINATOR));
    put(m, "S3-10", "|C0| / 38 x 100, one decimal (half-even on the exact double)",
        c -> rate(c.sets().c0(), false));
    put(m, "S3-11", "|C4| / 38 x 100, one decimal", c -> rate(c.sets().c4(), false));
    put(m, "S3-12", "\"+\" followed by |C4| - |C0|", c -> {
      TaskSet c4 = c.sets().c4();
      TaskSet c0 = c.sets().c0();
      return Computed.of(ClaimValue.ofText("+" + (c4.size() - c0.size())), c4.inputs().and(c0.inputs()));
    });
    put(m, "S3-13", "|PASS(s, round2_NKR) & NK| + \"/24\"",
        c -> fraction(c.artifacts().passes(SONNET, "round2_NKR").intersect(c.sets().nk()), NK_DENOMINATOR));
    put(m, "S3-14", "|B2 & NK| + \"/24\"",
        c -> fraction(c.sets().b2().intersect(c.sets().nk()), NK_DENOMINATOR));
    put(m, "S3-15", "|PASS(s, deepNKR_sonnet) & HARD| + \"/19\"",
        c -> fraction(c.artifacts().passes(SONNET, "deepNKR_sonnet").intersect(c.sets().hard()),
            HARD_DENOMINATOR));
    put(m, "S3-16", "|PASS(haiku_4.5, deepNKR_haiku) & HARD| + \"/19\"",
        c -> fraction(c.artifacts().passes(HAIKU, "deepNKR_haiku").intersect(c.sets().hard()),
            HARD_DENOMINATOR));
    put(m, "S3-22", "median of the tokens of the Sonnet round1 dispatches (null/0 skipped), from "
        + SOLVER_TOKENS + "." + MEDIAN, c -> solverTokens(c, SONNET, "round1"));
    put(m, "S3-23", "the same for Sonnet round2_NKR." + MEDIAN,
        c -> solverTokens(c, SONNET, "round2_NKR"));
    put(m, "S3-24", "the same for Sonnet deepNKR_sonnet." + MEDIAN,
        c -> solverTokens(c, SONNET, "deepNKR_sonnet"));
    put(m, "S3-25", "the same for Haiku deepNKR_haiku." + MEDIAN,
        c -> solverTokens(c, HAIKU, "deepNKR_haiku"));
    put(m, "S3-30", "task 072 is in PASS(s, deepNKR_sonnet)", c -> {
      TaskSet pass = c.artifacts().passes(SONNET, "deepNKR_sonnet");
      return Computed.of(ClaimValue.ofBool(pass.contains(DEEP_SHOWCASE_TASK)),
          pass.inputs().onlyMissingOf(DEEP_SHOWCASE_TASK));
    });
    put(m, "S3-31", "execution.eval_score of the first dispatch (file-name order) with task_id 072"
        + " and cell deepNKR_sonnet", Section3Claims::showcaseScore);
    put(m, "S3-37", "|C1| / 38 x 100, one decimal", c -> rate(c.sets().c1(), true));
    put(m, "S3-38", "|C2| / 38 x 100, one decimal", c -> rate(c.sets().c2(), true));
    put(m, "S3-39", "|C3| / 38 x 100, one decimal", c -> rate(c.sets().c3(), true));
    m.putAll(Section3MemoryClaims.computations());
    return m;
  }

  static void put(
      Map<String, ClaimComputation<Section3Context>> m,
      String id, String method, Function<Section3Context, Computed> f) {
    m.put(id, new ClaimComputation<>(method, f));
  }

  private static Computed count(TaskSet s) {
    return Computed.of(ClaimValue.ofInt(s.size()), s.inputs());
  }

  private static Computed fraction(TaskSet s, String denominator) {
    return Computed.of(ClaimValue.ofText(s.size() + "/" + denominator), s.inputs());
  }

  private static Computed rate(TaskSet s, boolean asNumber) {
    var pct = Arithmetic.oneDecimal(Arithmetic.percent(s.size(), Long.parseLong(TABLE_DENOMINATOR)));
    return Computed.of(asNumber ? ClaimValue.ofDecimal(pct) : ClaimValue.ofText(pct.toPlainString()),
        s.inputs());
  }

  private static Computed solverTokens(Section3Context c, String model, String cell) {
    Section3Artifacts a = c.artifacts();
    List<Long> values = new ArrayList<>();
    Inputs in;
    if (a.account().isPresent()) {
      a.account().get().rows(model, cell).forEach(r -> values.add(r.tokens()));
      in = Inputs.source(Section3Artifacts.ACCOUNT + " [" + model + "/" + cell + " rows]");
    } else {
      a.dispatches(model, cell).forEach(d -> values.add(d.tokens()));
      in = a.dispatchInputs(model, cell);
    }
    values.removeIf(v -> v == null || v == 0);
    OptionalLong median = Arithmetic.truncatedMedian(values);
    return median.isPresent()
        ? Computed.of(ClaimValue.ofInt(median.getAsLong()), in)
        : Computed.none(in.withMissing(List.of(new MissingInput(
            in.sources().get(0), null, "no token count for " + model + "/" + cell))));
  }

  private static Computed showcaseScore(Section3Context c) {
    Section3Artifacts a = c.artifacts();
    Inputs in = a.dispatchInputs(SONNET, "deepNKR_sonnet").onlyMissingOf(DEEP_SHOWCASE_TASK);
    return a.dispatches().stream()
        .filter(d -> d.taskId().equals(DEEP_SHOWCASE_TASK) && d.cell().equals("deepNKR_sonnet"))
        .findFirst()
        .map(d -> Computed.of(ClaimValue.ofJson(d.evalScore()), Inputs.source(d.file())))
        .orElseGet(() -> Computed.none(in.missing().isEmpty()
            ? in.withMissing(List.of(new MissingInput(
                Section3Artifacts.SOLVER_DIR + ": dispatch " + DEEP_SHOWCASE_TASK + " deepNKR_sonnet",
                DEEP_SHOWCASE_TASK, "the claim is about this dispatch")))
            : in));
  }
}
