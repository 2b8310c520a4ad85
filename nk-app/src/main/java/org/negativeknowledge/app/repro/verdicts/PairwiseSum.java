package org.negativeknowledge.app.repro.verdicts;

/**
 * Sums as NumPy's {@code sum} does for a contiguous array: pairwise, in blocks of at most 128 with
 * eight running sums, in the array's own precision. Plain summation decides the same verdicts;
 * this order also reproduces the {@code mass_drift_rel} numbers stored beside them to the last
 * bit, including those of float32 outputs and of outputs whose values reach 1e10.
 */
final class PairwiseSum {
  private static final int BLOCK = 128;

  private PairwiseSum() {}

  /** The pairwise sum of {@code x} in double precision. */
  static double ofDoubles(double[] x) {
    return sum(x, 0, x.length);
  }

  /** The pairwise sum of {@code x}, each value and every partial sum rounded to float32. */
  static float ofFloats(double[] x) {
    float[] f = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      f[i] = (float) x[i];
    }
    return sum(f, 0, f.length);
  }

  private static double sum(double[] a, int off, int n) {
    if (n < 8) {
      double r = 0;
      for (int i = 0; i < n; i++) {
        r += a[off + i];
      }
      return r;
    }
    if (n <= BLOCK) {
      double[] r = new double[8];
      System.arraycopy(a, off, r, 0, 8);
      int i = 8;
      for (; i < n - (n % 8); i += 8) {
        for (int j = 0; j < 8; j++) {
          r[j] += a[off + i + j];
        }
      }
      double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < n; i++) {
        res += a[off + i];
      }
      return res;
    }
    int half = n / 2;
    half -= half % 8;
    return sum(a, off, half) + sum(a, off + half, n - half);
  }

  private static float sum(float[] a, int off, int n) {
    if (n < 8) {
      float r = 0;
      for (int i = 0; i < n; i++) {
        r += a[off + i];
      }
      return r;
    }
    if (n <= BLOCK) {
      float[] r = new float[8];
      System.arraycopy(a, off, r, 0, 8);
      int i = 8;
      for (; i < n - (n % 8); i += 8) {
        for (int j = 0; j < 8; j++) {
          r[j] += a[off + i + j];
        }
      }
      float res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < n; i++) {
        res += a[off + i];
      }
      return res;
    }
    int half = n / 2;
    half -= half % 8;
    return sum(a, off, half) + sum(a, off + half, n - half);
  }
}
