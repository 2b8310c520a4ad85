package org.negativeknowledge.app.repro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArithmeticTest {

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoTruncatedTowardZero() {
    assertThat(Arithmetic.truncatedMedian(List.of(18080L, 18081L)).getAsLong()).isEqualTo(18080);
    assertThat(Arithmetic.truncatedMedian(List.of(5L, 1L, 3L)).getAsLong()).isEqualTo(3);
    assertThat(Arithmetic.truncatedMedian(List.of(4L, 1L, 2L, 9L)).getAsLong()).isEqualTo(3);
    assertThat(Arithmetic.truncatedMedian(List.of())).isEmpty();
  }

  @Test
  void percentagesRoundHalfEvenOnTheExactDouble() {
    assertThat(Arithmetic.oneDecimal(Arithmetic.percent(12, 38)).toPlainString()).isEqualTo("31.6");
    assertThat(Arithmetic.oneDecimal(Arithmetic.percent(18, 38)).toPlainString()).isEqualTo("47.4");
    assertThat(Arithmetic.oneDecimal(Arithmetic.saving(1187, 4272)).toPlainString()).isEqualTo("72.2");
    // 0.25 and 0.35 are exact or below the tie in binary: half-even on the exact value
    assertThat(Arithmetic.oneDecimal(0.25).toPlainString()).isEqualTo("0.2");
    assertThat(Arithmetic.oneDecimal(0.35).toPlainString()).isEqualTo("0.3");
    assertThat(Arithmetic.oneDecimal(Arithmetic.percent(2, 22)).toPlainString()).isEqualTo("9.1");
  }
}
