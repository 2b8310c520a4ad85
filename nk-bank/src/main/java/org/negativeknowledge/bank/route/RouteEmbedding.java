package org.negativeknowledge.bank.route;

import java.util.OptionalDouble;

/**
 * A measure of how alike two short change descriptions are in meaning, for the words the change
 * reader cannot parse (a seam for an in-process sentence-embedding model). The matcher asks it only
 * about a ruled-out change that no change of the new route matches by name and that structure does
 * not tell apart from one of them (the same action and component, the value made again; see {@link
 * ChangeComparison#alike}), and counts the pair as the same change when the similarity reaches the
 * matcher's threshold.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface RouteEmbedding {

  /**
   * How alike {@code a} and {@code b} are, in [0, 1], or empty when this measure cannot say.
   */
  OptionalDouble similarity(String a, String b);

  /** The measure that never says anything: matching by parsed changes only. */
  static RouteEmbedding none() {
    return (a, b) -> OptionalDouble.empty();
  }
}
