package org.negativeknowledge.app.repro;

/**
 * Options of a {@link Repro} run.
 *
 * @param recomputeVerdicts also recompute the {@code verified_results.json} verdicts from the
 *     {@code .npy} outputs (section 4 and the appendix)
 */
public record ReproOptions(boolean recomputeVerdicts) {

  /** The claims and cross-checks only. */
  public static ReproOptions defaults() {
    return new ReproOptions(false);
  }

  /** These options with verdict recomputation on or off. */
  public ReproOptions withRecomputeVerdicts(boolean on) {
    return new ReproOptions(on);
  }
}
