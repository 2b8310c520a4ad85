package org.negativeknowledge.bank.results;

import java.util.ArrayList;
import java.util.List;
import org.negativeknowledge.bank.consult.RouteSimilarity;

/**
 * Walks a results log in order, as if each attempt had first consulted a bank holding every
 * earlier discarded or crashed row, and reports the rows whose route had already been ruled out:
 * the repeats a bank would have flagged. Matching is {@link RouteSimilarity} over the routes (the
 * description before its comment), the same measure {@code nk check-route} uses.
 */
public final class ResultsReplay {
  private ResultsReplay() {}

  /**
   * The repeats in {@code log}, in file order.
   *
   * @param threshold the least similarity that counts as the same route, in (0, 1]
   */
  public static List<RouteRepeat> replay(ResultsLog log, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    List<ResultsRow> ruledOut = new ArrayList<>();
    List<RouteRepeat> repeats = new ArrayList<>();
    for (ResultsRow row : log.rows()) {
      ResultsRow best = null;
      double bestScore = 0;
      for (ResultsRow earlier : ruledOut) {
        double s = RouteSimilarity.score(row.route(), earlier.route());
        if (s >= threshold && s > bestScore) {
          best = earlier;
          bestScore = s;
        }
      }
      if (best != null) {
        repeats.add(new RouteRepeat(row, best, bestScore));
      }
      if (row.ruledOut()) {
        ruledOut.add(row);
      }
    }
    return repeats;
  }
}
