package org.negativeknowledge.curator;

/**
 * How many characters of each artifact kind the curator sends to a model; an artifact over its
 * budget is excerpted (see {@link ArtifactReader}).
 *
 * @param codeChars budget for the code
 * @param execLogChars budget for the execution log
 * @param reasoningChars budget for the reasoning notes
 * @param evalLogChars budget for the evaluator log
 * @param extraChars budget for each extra file (and for a prior record)
 */
public record ArtifactBudgets(
    int codeChars, int execLogChars, int reasoningChars, int evalLogChars, int extraChars) {

  /** The smallest budget accepted: below it an excerpt cannot hold a head, a tail and a marker. */
  public static final int MIN_CHARS = 400;

  public ArtifactBudgets {
    check("codeChars", codeChars);
    check("execLogChars", execLogChars);
    check("reasoningChars", reasoningChars);
    check("evalLogChars", evalLogChars);
    check("extraChars", extraChars);
  }

  private static void check(String name, int value) {
    if (value < MIN_CHARS) {
      throw new IllegalArgumentException(name + " = " + value + ": a budget must be >= " + MIN_CHARS);
    }
  }

  /** 12,000 chars of code, 8,000 of exec log, 6,000 of reasoning, 4,000 of eval log and extras. */
  public static ArtifactBudgets defaults() {
    return new ArtifactBudgets(12_000, 8_000, 6_000, 4_000, 4_000);
  }

  /** Every budget multiplied by {@code factor} (at least {@link #MIN_CHARS} each). */
  public ArtifactBudgets scaled(double factor) {
    return new ArtifactBudgets(
        scale(codeChars, factor),
        scale(execLogChars, factor),
        scale(reasoningChars, factor),
        scale(evalLogChars, factor),
        scale(extraChars, factor));
  }

  private static int scale(int v, double f) {
    return Math.max(MIN_CHARS, (int) Math.round(v * f));
  }
}
