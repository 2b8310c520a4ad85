package org.negativeknowledge.bank.consult;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteSimilarityTest {
  @Test
  void settingsWithOtherValuesAreOtherRoutes() {
    assertThat(RouteSimilarity.score("max_depth=8", "max_depth=9")).isZero();
    assertThat(RouteSimilarity.score("aspect_ratio 64->96", "aspect_ratio 64->80")).isEqualTo(0.5);
    assertThat(RouteSimilarity.score("reg_alpha=0.1 reg_lambda=1.5", "reg_alpha=0.1 reg_lambda=1.5")).isEqualTo(1.0);
  }

  @Test
  void wordsIgnoreCaseStopWordsAndTrailingPunctuation() {
    assertThat(RouteSimilarity.words("Add the car_age feature, with -0.5 and x")).containsExactly("add", "car_age", "feature", "-0.5");
    assertThat(RouteSimilarity.score("car_age feature alone", "add car_age feature")).isEqualTo(2.0 * 2 / 6);
    assertThat(RouteSimilarity.score("", "anything")).isZero();
  }
}
