package org.negativeknowledge.bank.route;

import java.util.Objects;

/**
 * The judgement that a route repeats a ruled-out one.
 *
 * @param score how surely, in [0, 1]: 1 for the same change, less for the same change pushed further
 *     or with other detail (see {@link RouteMatcher}); a match needs at least the matcher's threshold
 * @param explanation why, and how the routes differ
 */
public record RouteVerdict(double score, RouteExplanation explanation) {
  public RouteVerdict {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
    Objects.requireNonNull(explanation, "explanation");
  }
}
