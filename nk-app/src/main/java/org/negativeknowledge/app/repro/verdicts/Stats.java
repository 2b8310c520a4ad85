package org.negativeknowledge.app.repro.verdicts;

/** Maxima of one snapshot's channel. */
final class Stats {
  private Stats() {}

  static double max(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      m = Math.max(m, v);
    }
    return m;
  }

  static double maxAbs(double[] x) {
    double m = 0;
    for (double v : x) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }
}
