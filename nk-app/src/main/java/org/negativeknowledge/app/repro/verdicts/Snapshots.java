package org.negativeknowledge.app.repro.verdicts;

import java.util.Optional;
import org.negativeknowledge.app.repro.npy.NpyArray;

/**
 * A stage output as snapshots of channels over a 256-point grid: shape (T, C, 256), or (C, 256)
 * read as one snapshot.
 */
final class Snapshots {
  static final int GRID = 256;
  /** The grid spacing of the studies' periodic domain [-15, 15). */
  static final double DX = 30.0 / GRID;

  private final NpyArray array;
  private final int snapshots;
  private final boolean twoD;

  private Snapshots(NpyArray array, int snapshots, boolean twoD) {
    this.array = array;
    this.snapshots = snapshots;
    this.twoD = twoD;
  }

  /** The snapshots of {@code array} with {@code channels} channels, or empty when the shape does not fit. */
  static Optional<Snapshots> of(NpyArray array, int channels) {
    int[] s = array.shape();
    if (s.length == 3 && s[1] == channels && s[2] == GRID && s[0] > 0) {
      return Optional.of(new Snapshots(array, s[0], false));
    }
    if (s.length == 2 && s[0] == channels && s[1] == GRID) {
      return Optional.of(new Snapshots(array, 1, true));
    }
    return Optional.empty();
  }

  int count() {
    return snapshots;
  }

  double[] channel(int snapshot, int channel) {
    return twoD ? array.slice(channel) : array.slice(snapshot, channel);
  }

  double[] last(int channel) {
    return channel(snapshots - 1, channel);
  }

  boolean allFinite() {
    for (double v : array.toArray()) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }

  /** The largest |value| of a channel over all snapshots. */
  double maxAbs(int channel) {
    double m = 0;
    for (int t = 0; t < snapshots; t++) {
      m = Math.max(m, Stats.maxAbs(channel(t, channel)));
    }
    return m;
  }

  /** The largest value of a channel over all snapshots. */
  double max(int channel) {
    double m = Double.NEGATIVE_INFINITY;
    for (int t = 0; t < snapshots; t++) {
      m = Math.max(m, Stats.max(channel(t, channel)));
    }
    return m;
  }

  /** The smallest value of a channel over all snapshots. */
  double min(int channel) {
    double m = Double.POSITIVE_INFINITY;
    for (int t = 0; t < snapshots; t++) {
      for (double v : channel(t, channel)) {
        m = Math.min(m, v);
      }
    }
    return m;
  }

  /**
   * DX times the sum of the density channel at a snapshot, in the array's precision (a float32
   * output gives a float32 mass), summed as NumPy sums.
   */
  double mass(int snapshot, int densityChannel) {
    double[] x = channel(snapshot, densityChannel);
    if (array.dtype().endsWith("f4")) {
      return (float) (DX * PairwiseSum.ofFloats(x));
    }
    return DX * PairwiseSum.ofDoubles(x);
  }

  /** |mass(last) - mass(first)| / max(|mass(first)|, 1e-12). */
  double massDrift(int densityChannel) {
    double first = mass(0, densityChannel);
    double last = mass(snapshots - 1, densityChannel);
    return Math.abs(last - first) / Math.max(Math.abs(first), 1e-12);
  }

  /** Consecutive snapshot pairs whose largest element-wise difference is below 1e-10 (padding). */
  int paddedPairs() {
    int count = 0;
    int channels = array.shape()[array.rank() - 2];
    for (int t = 1; t < snapshots; t++) {
      double diff = 0;
      for (int c = 0; c < channels; c++) {
        double[] a = channel(t - 1, c);
        double[] b = channel(t, c);
        for (int i = 0; i < a.length; i++) {
          diff = Math.max(diff, Math.abs(b[i] - a[i]));
        }
      }
      if (diff < 1e-10) {
        count++;
      }
    }
    return count;
  }
}
