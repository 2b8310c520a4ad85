package org.negativeknowledge.app.repro;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.negativeknowledge.app.repro.verdicts.CellVerdict;

/**
 * A verdict of a {@code verified_results.json} file recomputed from its stage output.
 *
 * @param study section 4 or the appendix
 * @param task the task ({@code T_A})
 * @param condition the memory condition ({@code NoKB}, {@code NegOnly}, {@code BKdV}, ...)
 * @param output the {@code .npy} file, relative to the data folder
 * @param stored the stored {@code useful}, or null when the entry has none
 * @param recomputed the recomputed verdict, or null when the output file is absent
 * @param differences where the recomputation disagrees with the stored verdict or its
 *     {@code diag} numbers (beyond 1e-9 relative), one line each
 */
public record RecomputedVerdict(
    Study study,
    String task,
    String condition,
    String output,
    Boolean stored,
    CellVerdict recomputed,
    List<String> differences) {

  public RecomputedVerdict {
    Objects.requireNonNull(study, "study");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(output, "output");
    differences = List.copyOf(differences);
  }

  /** The recomputed verdict, when the output exists. */
  public Optional<CellVerdict> recomputedVerdict() {
    return Optional.ofNullable(recomputed);
  }

  /** True when the recomputation agrees with the stored verdict and its numbers. */
  public boolean agrees() {
    return differences.isEmpty();
  }
}
