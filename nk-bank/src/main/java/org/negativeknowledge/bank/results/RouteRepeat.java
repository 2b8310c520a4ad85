package org.negativeknowledge.bank.results;

import java.util.Objects;

/**
 * A row whose route an earlier discarded or crashed row had already ruled out.
 *
 * @param row the repeating row
 * @param earlier the earlier ruled-out row it matches best
 * @param score the route similarity in [0, 1]
 */
public record RouteRepeat(ResultsRow row, ResultsRow earlier, double score) {
  public RouteRepeat {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(earlier, "earlier");
  }
}
