package org.negativeknowledge.bank.route;

import java.util.List;
import java.util.Objects;

/**
 * What a route description changes.
 *
 * @param text the description as given
 * @param focus the part that states the change (without comments on the result and, in a long
 *     description, without its evidence and results)
 * @param changes the changes read from the focus, in order; empty when it names none (a baseline)
 */
public record RouteChange(String text, String focus, List<Change> changes) {
  public RouteChange {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(focus, "focus");
    changes = List.copyOf(changes);
  }
}
