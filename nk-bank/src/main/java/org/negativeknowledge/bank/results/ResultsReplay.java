package org.negativeknowledge.bank.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.bank.route.KnownSettings;
import org.negativeknowledge.bank.route.RouteChange;
import org.negativeknowledge.bank.embed.Embeddings;
import org.negativeknowledge.bank.route.RouteMatcher;
import org.negativeknowledge.bank.route.RouteVerdict;

/**
 * Walks a results log in order, as if each attempt had first consulted a bank holding every
 * earlier discarded or crashed row, and reports the rows whose route had already been ruled out:
 * the repeats a bank would have flagged. Matching is the {@link RouteMatcher} that {@code nk
 * check-route} uses, over the routes (the description before its comment); as the log is read, kept
 * rows teach the matcher the current configuration (the base a moved setting is compared from), and
 * a kept row retires the ruled-out rows it repeats (a route that has worked is no dead end).
 */
public final class ResultsReplay {
  private ResultsReplay() {}

  /** The repeats in {@code log} found by the standard matcher, in file order. */
  public static List<RouteRepeat> replay(ResultsLog log) {
    return replay(log, Embeddings.routeMatcher());
  }

  /**
   * The repeats in {@code log} found by the standard matcher with another threshold.
   *
   * @param threshold the least match score, in (0, 1]
   */
  public static List<RouteRepeat> replay(ResultsLog log, double threshold) {
    return replay(log, Embeddings.routeMatcher().withThreshold(threshold));
  }

  /**
   * The repeats in {@code log}, in file order. Of several earlier rows a row repeats, the one
   * matched most surely is named, then the one whose route differs least, then the earliest. The
   * experiment labels the log uses are learnt first ({@link RouteMatcher#withLabelsOf}).
   */
  public static List<RouteRepeat> replay(ResultsLog log, RouteMatcher matcher) {
    matcher = matcher.withLabelsOf(log.rows().stream().map(ResultsRow::route).toList());
    List<ResultsRow> ruledOut = new ArrayList<>();
    List<RouteChange> ruledOutChanges = new ArrayList<>();
    List<RouteRepeat> repeats = new ArrayList<>();
    KnownSettings known = KnownSettings.none();
    for (ResultsRow row : log.rows()) {
      RouteChange changes = matcher.read(row.route());
      RouteRepeat best = null;
      for (int i = 0; i < ruledOut.size(); i++) {
        Optional<RouteVerdict> v = matcher.match(changes, ruledOutChanges.get(i), known);
        if (v.isPresent() && better(v.get(), best)) {
          best = new RouteRepeat(row, ruledOut.get(i), v.get().score(), v.get().explanation());
        }
      }
      if (best != null) {
        repeats.add(best);
      }
      if (row.kept()) {
        // A route that has now worked is no longer a dead end.
        for (int i = ruledOut.size() - 1; i >= 0; i--) {
          if (matcher.match(changes, ruledOutChanges.get(i), known).isPresent()) {
            ruledOut.remove(i);
            ruledOutChanges.remove(i);
          }
        }
      }
      if (row.ruledOut()) {
        ruledOut.add(row);
        ruledOutChanges.add(changes);
      }
      known = known.after(changes, row.kept());
    }
    return repeats;
  }

  private static boolean better(RouteVerdict v, RouteRepeat best) {
    if (best == null) {
      return true;
    }
    if (v.score() != best.score()) {
      return v.score() > best.score();
    }
    return v.explanation().differences().size() < best.explanation().differences().size();
  }
}
