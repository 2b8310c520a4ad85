package org.negativeknowledge.bank.consult;

import java.util.Locale;

/** Where a ruled-out route comes from. */
public enum RouteMatchKind {
  /** One of a deep record's {@code ruled_out_routes}. */
  RULED_OUT_ROUTE,
  /** A negative entry's {@code attempted_route}. */
  NEGATIVE_ENTRY,
  /** An experiment of the ledger whose finding was a failure. */
  DISCARDED_EXPERIMENT;

  /** {@code ruled_out_route}, {@code negative_entry} or {@code discarded_experiment}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
