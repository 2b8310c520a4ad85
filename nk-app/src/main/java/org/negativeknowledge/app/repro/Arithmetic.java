package org.negativeknowledge.app.repro;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * The paper's arithmetic, exactly as its verifiers do it, where it differs from textbook
 * statistics.
 */
public final class Arithmetic {
  private Arithmetic() {}

  /**
   * The median as the verifiers take it: sorted ascending, the middle value for odd n, the mean
   * of the two middle values for even n, then truncated toward zero to an integer (18,080.5
   * becomes 18080). Empty when there are no values.
   */
  public static OptionalLong truncatedMedian(Collection<Long> values) {
    if (values.isEmpty()) {
      return OptionalLong.empty();
    }
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    if (n % 2 == 1) {
      return OptionalLong.of(sorted.get(n / 2));
    }
    double mean = (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    return OptionalLong.of((long) mean);
  }

  /**
   * A percentage with one decimal: the double {@code ratio * 100} rounded half-even on its exact
   * binary value (the verifiers' {@code f"{x:.1f}"}).
   */
  public static BigDecimal oneDecimal(double percent) {
    return new BigDecimal(percent).setScale(1, RoundingMode.HALF_EVEN);
  }

  /** {@code part / whole * 100}, evaluated in that order in doubles. */
  public static double percent(long part, long whole) {
    return (double) part / whole * 100;
  }

  /** The saving of {@code smaller} against {@code baseline}: {@code (1 - smaller/baseline) * 100}. */
  public static double saving(long smaller, long baseline) {
    return (1 - (double) smaller / baseline) * 100;
  }
}
