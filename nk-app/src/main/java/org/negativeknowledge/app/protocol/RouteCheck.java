package org.negativeknowledge.app.protocol;

import java.util.List;
import java.util.Objects;
import org.negativeknowledge.bank.consult.RouteMatch;

/**
 * The ruled-out routes a route repeats.
 *
 * @param route the route checked
 * @param matches the matches, best first; empty when nothing rules it out
 */
public record RouteCheck(String route, List<RouteMatch> matches) {
  public RouteCheck {
    Objects.requireNonNull(route, "route");
    matches = List.copyOf(matches);
  }

  /** Whether anything rules the route out. */
  public boolean ruledOut() {
    return !matches.isEmpty();
  }
}
