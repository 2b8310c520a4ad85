package org.negativeknowledge.taxonomy;

/**
 * One alias replaced by its canonical value.
 *
 * @param path where, e.g. {@code failure.scope}
 * @param from the drifted value, e.g. {@code regime_bound}
 * @param to the canonical value, e.g. {@code regime_bound_failure}
 */
public record NormalizationChange(String path, String from, String to) {
  /** {@code failure.scope: regime_bound -> regime_bound_failure}. */
  @Override
  public String toString() {
    return path + ": " + from + " -> " + to;
  }
}
