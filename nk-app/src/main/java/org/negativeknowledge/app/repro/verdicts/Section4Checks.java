package org.negativeknowledge.app.repro.verdicts;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.negativeknowledge.app.repro.npy.NpyArray;

/**
 * The phenomenon tests of section 4 (Burgers-swept-KdV; channels u, v; density v), one per task.
 */
public final class Section4Checks {
  /** T_A's gate on the final peak height relative to the initial one. */
  public static final double T_A_AMPLITUDE_FLOOR = 0.25;

  private static final int U = 0;
  private static final int V = 1;
  private static final int PEAK_DISTANCE = 8;
  private static final double DRIFT_GATE = 0.08;

  private Section4Checks() {}

  /** Whether {@code task}'s test requires one dominant peak at the end (T_A does). */
  public static boolean requiresSingleDominantPeak(String task) {
    return task.equals("T_A");
  }

  /** The verdict on {@code output} for {@code task} ({@code T_A}, {@code T_B}, {@code T_C}). */
  public static CellVerdict judge(String task, NpyArray output) {
    Map<String, Double> q = new LinkedHashMap<>();
    Optional<Snapshots> shaped = Snapshots.of(output, 2);
    if (shaped.isEmpty()) {
      return CellVerdict.rejected("shape " + output + " is not (T, 2, 256)", q);
    }
    Snapshots s = shaped.get();
    if (!s.allFinite()) {
      return CellVerdict.rejected("non-finite values", q);
    }
    double bound = task.equals("T_C") ? 10 : 15;
    double uMax = s.maxAbs(U);
    double vMax = s.maxAbs(V);
    double drift = s.massDrift(V);
    boolean bounded = uMax < bound && vMax < bound;
    q.put("u_max", uMax);
    q.put("v_max", vMax);
    q.put("mass_drift_rel", drift);
    q.put("bounded", bounded ? 1.0 : 0.0);
    if (!bounded) {
      return CellVerdict.rejected("unbounded: max |u| or max |v| >= " + bound, q);
    }
    double[] vLast = s.last(V);
    double vLastMax = Stats.max(vLast);
    return switch (task) {
      case "T_A" -> taskA(s, vLast, vLastMax, drift, q);
      case "T_B" -> {
        int peaks = Peaks.find(vLast, 0.8, PEAK_DISTANCE).size();
        yield drift < DRIFT_GATE && peaks >= 2 && vLastMax >= 0.8
            ? CellVerdict.passed(q)
            : CellVerdict.rejected("drift " + drift + ", " + peaks + " peaks >= 0.8, max v(T) " + vLastMax, q);
      }
      case "T_C" -> {
        int peaks = Peaks.find(vLast, 0.5, PEAK_DISTANCE).size();
        yield vLastMax >= 0.5 && peaks >= 1 && uMax < 5
            ? CellVerdict.passed(q)
            : CellVerdict.rejected("max v(T) " + vLastMax + ", " + peaks + " peaks >= 0.5, max |u| " + uMax, q);
      }
      default -> throw new IllegalArgumentException("section 4 has tasks T_A, T_B, T_C, not " + task);
    };
  }

  private static CellVerdict taskA(
      Snapshots s, double[] vLast, double vLastMax, double drift, Map<String, Double> q) {
    double ampRatio = vLastMax / Math.max(Stats.max(s.channel(0, V)), 1e-12);
    List<Integer> peaks = Peaks.find(vLast, 0.4, PEAK_DISTANCE);
    double dominance = 0;
    if (!peaks.isEmpty()) {
      List<Double> heights =
          peaks.stream().map(p -> vLast[p]).sorted(Comparator.reverseOrder()).toList();
      double second = heights.size() > 1 ? heights.get(1) : 0;
      dominance = heights.get(0) / Math.max(second, 1e-6);
    }
    boolean single = peaks.size() == 1 || dominance > 1.5;
    q.put("amp_ratio", ampRatio);
    q.put("dominance_ratio", dominance);
    if (drift < DRIFT_GATE && ampRatio >= T_A_AMPLITUDE_FLOOR && single) {
      return CellVerdict.passed(q);
    }
    return CellVerdict.rejected("drift " + drift + ", amp ratio " + ampRatio + ", " + peaks.size()
        + " peaks >= 0.4, dominance " + dominance, q);
  }
}
