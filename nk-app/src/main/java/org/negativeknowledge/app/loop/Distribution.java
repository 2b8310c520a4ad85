package org.negativeknowledge.app.loop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * Values of one measure over attempts (bytes, tokens, milliseconds): how many, their median and
 * their sum. The median follows the paper's Table 1: the middle value, or for an even count the
 * mean of the two middle values truncated toward zero (18,080.5 gives 18,080).
 *
 * @param count how many values
 * @param median the median, empty when there are none
 * @param total the sum
 */
public record Distribution(int count, OptionalLong median, long total) {

  /** No values. */
  public static Distribution empty() {
    return new Distribution(0, OptionalLong.empty(), 0);
  }

  /** The distribution of {@code values}. */
  public static Distribution of(Collection<Long> values) {
    List<Long> v = new ArrayList<>(values);
    if (v.isEmpty()) {
      return empty();
    }
    v.sort(null);
    int n = v.size();
    long median = n % 2 == 1 ? v.get(n / 2) : (long) ((v.get(n / 2 - 1) + (double) v.get(n / 2)) / 2);
    return new Distribution(n, OptionalLong.of(median), v.stream().mapToLong(Long::longValue).sum());
  }
}
