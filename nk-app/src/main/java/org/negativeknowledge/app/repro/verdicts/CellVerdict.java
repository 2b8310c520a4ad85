package org.negativeknowledge.app.repro.verdicts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The phenomenon test's verdict on one stage output.
 *
 * @param useful whether the output shows the target phenomenon
 * @param reason why not, or {@code passes every gate}
 * @param quantities the numbers the verdict rests on, under the names {@code verified_results.json}
 *     uses ({@code mass_drift_rel}, {@code u_max} or {@code u_max_abs}, ...); {@code bounded} as
 *     1 or 0
 */
public record CellVerdict(boolean useful, String reason, Map<String, Double> quantities) {
  public CellVerdict {
    Objects.requireNonNull(reason, "reason");
    quantities = Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
  }

  static CellVerdict rejected(String reason, Map<String, Double> q) {
    return new CellVerdict(false, reason, q);
  }

  static CellVerdict passed(Map<String, Double> q) {
    return new CellVerdict(true, "passes every gate", q);
  }
}
