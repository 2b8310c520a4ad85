package org.negativeknowledge.app.repro.verdicts;

import java.util.function.DoubleUnaryOperator;

/**
 * Sums as NumPy's {@code sum} does for a contiguous array: pairwise, in blocks of at most 128 with
 * eight running sums, in the array's own precision. Plain summation decides the same verdicts;
 * this order also reproduces the {@code mass_drift_rel} numbers stored beside them to the last
 * bit, including those of float32 outputs and of outputs whose values reach 1e10.
 *
 * <p>One summation serves both precisions: float32 is computed in doubles with every sum rounded
 * to float32, which equals float32 addition (a double holds the exact sum of two floats closely
 * enough that rounding it again to float gives the correctly rounded float sum).
 */
final class PairwiseSum {
  private static final int BLOCK = 128;
  private static final DoubleUnaryOperator DOUBLE = v -> v;
  private static final DoubleUnaryOperator FLOAT = v -> (float) v;

  private PairwiseSum() {}

  /** The pairwise sum of {@code x} in double precision. */
  static double ofDoubles(double[] x) {
    return sum(x, 0, x.length, DOUBLE);
  }

  /** The pairwise sum of {@code x}, each value and every partial sum rounded to float32. */
  static float ofFloats(double[] x) {
    double[] f = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      f[i] = (float) x[i];
    }
    return (float) sum(f, 0, f.length, FLOAT);
  }

  /** The pairwise sum of {@code n} values from {@code off}, each addition rounded by {@code round}. */
  private static double sum(double[] a, int off, int n, DoubleUnaryOperator round) {
    if (n < 8) {
      double r = 0;
      for (int i = 0; i < n; i++) {
        r = round.applyAsDouble(r + a[off + i]);
      }
      return r;
    }
    if (n <= BLOCK) {
      double[] r = new double[8];
      System.arraycopy(a, off, r, 0, 8);
      int i = 8;
      for (; i < n - (n % 8); i += 8) {
        for (int j = 0; j < 8; j++) {
          r[j] = round.applyAsDouble(r[j] + a[off + i + j]);
        }
      }
      double res = add(add(add(r[0], r[1], round), add(r[2], r[3], round), round),
          add(add(r[4], r[5], round), add(r[6], r[7], round), round), round);
      for (; i < n; i++) {
        res = round.applyAsDouble(res + a[off + i]);
      }
      return res;
    }
    int half = n / 2;
    half -= half % 8;
    return add(sum(a, off, half, round), sum(a, off + half, n - half, round), round);
  }

  private static double add(double x, double y, DoubleUnaryOperator round) {
    return round.applyAsDouble(x + y);
  }
}
