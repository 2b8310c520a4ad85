package org.negativeknowledge.app.loop;

import java.util.Collection;
import java.util.OptionalLong;
import org.negativeknowledge.app.repro.Arithmetic;

/**
 * Values of one measure over attempts (bytes, tokens, milliseconds): how many, their median and
 * their sum. The median follows the paper's Table 1: the middle value, or for an even count the
 * mean of the two middle values truncated toward zero (18,080.5 gives 18,080), as {@code nk repro}
 * computes it ({@link Arithmetic#truncatedMedian}).
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
    if (values.isEmpty()) {
      return empty();
    }
    return new Distribution(values.size(), Arithmetic.truncatedMedian(values),
        values.stream().mapToLong(Long::longValue).sum());
  }
}
