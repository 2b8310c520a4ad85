package org.negativeknowledge.app.repro.verdicts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.negativeknowledge.app.repro.npy.NpyArray;

/**
 * The phenomenon tests of the appendix (Burgers-NLS; channels u, N, phi; density N), one per
 * task, each also gated on padding (repeated snapshots).
 */
public final class AppendixChecks {
  private static final int U = 0;
  private static final int N = 1;
  private static final int PHI = 2;
  private static final int PEAK_DISTANCE = 8;
  private static final double DRIFT_GATE = 0.05;

  private AppendixChecks() {}

  /** The verdict on {@code output} for {@code task} ({@code T_A} .. {@code T_D}). */
  public static CellVerdict judge(String task, NpyArray output) {
    double[] limits = switch (task) {
      case "T_A", "T_B" -> new double[] {10, 20, 100};
      case "T_C" -> new double[] {5, 10, 100};
      case "T_D" -> new double[] {50, 50, 500};
      default -> throw new IllegalArgumentException("the appendix has tasks T_A..T_D, not " + task);
    };
    Map<String, Double> q = new LinkedHashMap<>();
    Optional<Snapshots> shaped = Snapshots.of(output, 3);
    if (shaped.isEmpty()) {
      return CellVerdict.rejected("shape " + output + " is not (T, 3, 256)", q);
    }
    Snapshots s = shaped.get();
    if (!s.allFinite()) {
      return CellVerdict.rejected("non-finite values", q);
    }
    double uMax = s.maxAbs(U);
    double drift = s.massDrift(N);
    boolean bounded = uMax < limits[0]
        && Math.abs(s.max(N)) < limits[1]
        && Math.abs(s.min(N)) < limits[1]
        && s.maxAbs(PHI) < limits[2];
    q.put("u_max_abs", uMax);
    q.put("mass_drift_rel", drift);
    q.put("bounded", bounded ? 1.0 : 0.0);
    if (!bounded) {
      return CellVerdict.rejected("unbounded", q);
    }
    int padded = s.paddedPairs();
    if (padded >= s.count() / 2) {
      return CellVerdict.rejected(padded + " repeated snapshot pairs of " + s.count() + " snapshots", q);
    }
    double[] nLast = s.last(N);
    double nLastMax = Stats.max(nLast);
    boolean useful = switch (task) {
      case "T_A" -> drift < DRIFT_GATE && nLastMax >= 1.125
          && !Peaks.find(nLast, 1.125, PEAK_DISTANCE).isEmpty();
      case "T_B" -> drift < DRIFT_GATE && Peaks.find(nLast, 1.0, PEAK_DISTANCE).size() >= 2
          && nLastMax >= 1.0;
      case "T_C" -> nLastMax >= 0.3 && Stats.maxAbs(s.last(U)) < 5
          && !Peaks.find(nLast, 0.3, PEAK_DISTANCE).isEmpty();
      default -> drift < DRIFT_GATE;
    };
    return useful
        ? CellVerdict.passed(q)
        : CellVerdict.rejected("drift " + drift + ", max N(T) " + nLastMax, q);
  }
}
