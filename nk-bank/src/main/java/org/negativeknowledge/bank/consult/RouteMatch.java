package org.negativeknowledge.bank.consult;

import java.util.Objects;

/**
 * A ruled-out route that resembles a proposed one.
 *
 * @param kind where the route comes from
 * @param sourceId the entry id (for entries) or experiment id (for discarded experiments)
 * @param route the ruled-out route's text
 * @param score route similarity in [0, 1] (see {@link RouteSimilarity}); the match threshold
 *     applies to this score
 * @param searchScore the BM25 score that brought the source up as a candidate (0 for experiments,
 *     which are scanned rather than searched)
 */
public record RouteMatch(RouteMatchKind kind, String sourceId, String route, double score, double searchScore) {
  public RouteMatch {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(route, "route");
  }
}
