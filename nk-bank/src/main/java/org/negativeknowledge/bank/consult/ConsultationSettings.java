package org.negativeknowledge.bank.consult;

import org.negativeknowledge.bank.route.RouteMatcher;

/**
 * Tunables of the consultation protocol. Immutable.
 *
 * @param maxSurfaced how many candidates each ranking (BM25, embedding) gives a consultation; the
 *     memory block is made from them (the token budget may show fewer), at least 1
 * @param misleadingAfter how many adopted-then-failure outcomes, with no success, flag an entry
 *     {@value ConsultationLedger#MISLEADING}; at least 1
 * @param routeMatchThreshold the least {@link org.negativeknowledge.bank.route.RouteMatcher} score
 *     that counts as a match of a ruled-out route, in (0, 1]
 */
public record ConsultationSettings(int maxSurfaced, int misleadingAfter, double routeMatchThreshold) {

  /** Candidates per ranking of a consultation by default. */
  public static final int DEFAULT_MAX_SURFACED = 100;
  /** Failures after adoption (with no success) that flag an entry by default. */
  public static final int DEFAULT_MISLEADING_AFTER = 2;

  public ConsultationSettings {
    if (maxSurfaced < 1) {
      throw new IllegalArgumentException("maxSurfaced must be at least 1, got " + maxSurfaced);
    }
    if (misleadingAfter < 1) {
      throw new IllegalArgumentException("misleadingAfter must be at least 1, got " + misleadingAfter);
    }
    if (!(routeMatchThreshold > 0 && routeMatchThreshold <= 1)) {
      throw new IllegalArgumentException("routeMatchThreshold must be in (0, 1], got " + routeMatchThreshold);
    }
  }

  /** 100 candidates per ranking, flagged after 2 failures, routes match from {@link RouteMatcher#DEFAULT_THRESHOLD}. */
  public static ConsultationSettings defaults() {
    return new ConsultationSettings(
        DEFAULT_MAX_SURFACED, DEFAULT_MISLEADING_AFTER, RouteMatcher.DEFAULT_THRESHOLD);
  }

  public ConsultationSettings withMaxSurfaced(int n) {
    return new ConsultationSettings(n, misleadingAfter, routeMatchThreshold);
  }

  public ConsultationSettings withMisleadingAfter(int n) {
    return new ConsultationSettings(maxSurfaced, n, routeMatchThreshold);
  }

  public ConsultationSettings withRouteMatchThreshold(double t) {
    return new ConsultationSettings(maxSurfaced, misleadingAfter, t);
  }
}
