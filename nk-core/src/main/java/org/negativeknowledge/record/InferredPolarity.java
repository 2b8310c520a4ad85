package org.negativeknowledge.record;

import java.util.Objects;

/**
 * A polarity together with the rule that produced it, so a reader can tell an explicit polarity
 * from an inferred one.
 *
 * @param polarity the polarity
 * @param rule a short description of how it was decided, e.g. {@code explicit kind}
 */
public record InferredPolarity(Polarity polarity, String rule) {
  public InferredPolarity {
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(rule, "rule");
  }
}
