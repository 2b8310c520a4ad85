package org.negativeknowledge.app.repro.verdicts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Local maxima of a sampled curve, with a minimum height and a minimum distance between peaks,
 * as SciPy's {@code find_peaks(x, height=h, distance=d)} finds them: a plateau counts once, at its
 * middle (rounded down); the end points are never peaks; where peaks are closer than the
 * distance, the higher one stands (on equal heights, the one further right).
 */
public final class Peaks {
  private Peaks() {}

  /** The indices of the peaks of {@code x} at least {@code height} high and {@code distance} apart, ascending. */
  public static List<Integer> find(double[] x, double height, int distance) {
    List<Integer> candidates = new ArrayList<>();
    int n = x.length;
    int i = 1;
    while (i < n - 1) {
      if (x[i - 1] < x[i]) {
        int j = i + 1;
        while (j < n - 1 && x[j] == x[i]) {
          j++;
        }
        if (x[j] < x[i]) {
          candidates.add((i + j - 1) / 2);
          i = j;
          continue;
        }
      }
      i++;
    }
    candidates.removeIf(p -> !(x[p] >= height));
    List<Integer> byHeight = new ArrayList<>(candidates);
    byHeight.sort(Comparator.comparingDouble((Integer p) -> x[p]).thenComparingInt(p -> p).reversed());
    boolean[] removed = new boolean[n];
    for (int p : byHeight) {
      if (removed[p]) {
        continue;
      }
      for (int q : candidates) {
        if (q != p && Math.abs(q - p) < distance) {
          removed[q] = true;
        }
      }
    }
    return candidates.stream().filter(p -> !removed[p]).toList();
  }
}
