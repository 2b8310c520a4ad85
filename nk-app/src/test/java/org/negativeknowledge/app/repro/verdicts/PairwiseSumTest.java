package org.negativeknowledge.app.repro.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The float32 path rounds every partial sum, as NumPy's float32 summation does; the double path does not. */
class PairwiseSumTest {

  @Test
  void float32SumsLoseWhatFloat32CannotHold() {
    // Near 1e8 float32 values are 8 apart: 1e8 + 1, + 2 and + 4 each round back to 1e8.
    double[] x = {1e8, 1, 1, 1, 1, 1, 1, 1};
    assertThat(PairwiseSum.ofFloats(x)).isEqualTo(1e8f);
    assertThat(PairwiseSum.ofDoubles(x)).isEqualTo(100_000_007.0);
  }

  @Test
  void longArraysAreSummedInBlocksAndHalves() {
    double[] x = new double[1000];
    for (int i = 0; i < x.length; i++) {
      x[i] = i + 0.5;
    }
    assertThat(PairwiseSum.ofDoubles(x)).isEqualTo(500_000.0);
    assertThat(PairwiseSum.ofFloats(x)).isEqualTo(500_000f);
  }
}
