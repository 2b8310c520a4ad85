package org.negativeknowledge.bank.bench;

import java.util.Arrays;

/** Per-query latencies of one run, in milliseconds. */
record Latencies(double[] millis) {

  double percentile(double p) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
  }

  double p50() {
    return percentile(50);
  }

  double p99() {
    return percentile(99);
  }
}
