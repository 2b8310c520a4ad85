package org.negativeknowledge.bank.results;

import java.util.Objects;
import org.negativeknowledge.bank.route.RouteExplanation;

/**
 * A row whose route an earlier discarded or crashed row had already ruled out.
 *
 * @param row the repeating row
 * @param earlier the earlier ruled-out row it matches best
 * @param score how surely it repeats it, in [0, 1] (see {@link org.negativeknowledge.bank.route.RouteMatcher})
 * @param explanation why, and how the row differs from the earlier one
 */
public record RouteRepeat(ResultsRow row, ResultsRow earlier, double score, RouteExplanation explanation) {
  public RouteRepeat {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** One line: why the row repeats the earlier one, naming the earlier line and its status. */
  public String why() {
    String verb = earlier.status().equals("crash") ? "crashed" : "discarded";
    String s = explanation.summary();
    return (s.isEmpty() ? "same route" : s) + " (" + verb + " at line " + earlier.line() + ")";
  }
}
