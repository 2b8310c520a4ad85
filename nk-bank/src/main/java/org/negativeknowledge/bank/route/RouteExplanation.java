package org.negativeknowledge.bank.route;

import java.util.List;

/**
 * Why a route repeats a ruled-out one, and how it differs.
 *
 * @param reasons one line per change of the ruled-out route that the new route makes again
 *     ({@code "same parameter `depth` raised 12->14"})
 * @param differences what the new route does otherwise, where that may matter ({@code "also changes
 *     `width`"}, {@code "the base differs: `depth` was 12 then, 14 now"}); empty when none
 */
public record RouteExplanation(List<String> reasons, List<String> differences) {
  /** No explanation (a match made by a measure that gives none). */
  public static final RouteExplanation NONE = new RouteExplanation(List.of(), List.of());

  public RouteExplanation {
    reasons = List.copyOf(reasons);
    differences = List.copyOf(differences);
  }

  /** The reasons, then the differences, in one line; empty when there are none. */
  public String summary() {
    String why = String.join("; ", reasons);
    if (differences.isEmpty()) {
      return why;
    }
    return why + (why.isEmpty() ? "" : "; ") + "but " + String.join("; ", differences);
  }
}
