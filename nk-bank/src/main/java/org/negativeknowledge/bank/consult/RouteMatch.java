package org.negativeknowledge.bank.consult;

import java.util.Objects;
import org.negativeknowledge.bank.route.RouteExplanation;

/**
 * A ruled-out route that a proposed one repeats.
 *
 * @param kind where the route comes from
 * @param sourceId the entry id (for entries) or experiment id (for discarded experiments)
 * @param route the ruled-out route's text
 * @param score how surely the proposed route repeats it, in [0, 1] (see {@link
 *     org.negativeknowledge.bank.route.RouteMatcher}); the match threshold applies to this score
 * @param searchScore the BM25 score that brought the source up as a candidate (0 for experiments,
 *     which are scanned rather than searched)
 * @param explanation why it matches, and how the proposed route differs
 */
public record RouteMatch(
    RouteMatchKind kind, String sourceId, String route, double score, double searchScore, RouteExplanation explanation) {
  public RouteMatch {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** Why it matches, in one line (the explanation's summary). */
  public String why() {
    return explanation.summary();
  }
}
