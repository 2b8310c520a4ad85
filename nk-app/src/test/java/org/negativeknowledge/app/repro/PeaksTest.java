package org.negativeknowledge.app.repro;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.negativeknowledge.app.repro.verdicts.Peaks;

class PeaksTest {

  @Test
  void endPointsAreNeverPeaksAndHeightFilters() {
    double[] x = {5, 1, 3, 1, 0.5, 2, 0, 9};
    assertThat(Peaks.find(x, 0, 1)).containsExactly(2, 5);
    assertThat(Peaks.find(x, 2.5, 1)).containsExactly(2);
  }

  @Test
  void aPlateauCountsOnceAtItsMiddleRoundedDown() {
    double[] x = {0, 2, 2, 2, 2, 0, 1, 1, 1};
    assertThat(Peaks.find(x, 0, 1)).containsExactly(2);
  }

  @Test
  void theHigherPeakStandsAndTiesKeepTheOneFurtherRight() {
    double[] x = new double[30];
    x[5] = 1;
    x[10] = 2;
    x[20] = 3;
    x[25] = 3;
    assertThat(Peaks.find(x, 0, 8)).containsExactly(10, 25);
  }
}
