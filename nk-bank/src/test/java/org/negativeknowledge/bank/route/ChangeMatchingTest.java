package org.negativeknowledge.bank.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The rules by which a change makes a ruled-out one again beyond the same name and value: the values
 * tried when no base is known, settings named with or without their technique, a measure of meaning
 * for words the table does not know, held back wherever structure says the changes differ. Rows
 * written for these tests unless a line of ../shared/autoresearch-runs is named.
 */
class ChangeMatchingTest {
  private final RouteMatcher m = RouteMatcher.standard();

  /** A measure of meaning that finds every pair of texts the same. */
  private static final RouteEmbedding ALWAYS_ALIKE = (a, b) -> OptionalDouble.of(1.0);

  private KnownSettings afterRows(String... rows) {
    KnownSettings k = KnownSettings.none();
    for (String r : rows) {
      k = k.after(m.read(r), false);
    }
    return k;
  }

  @Test
  void withNoBaseKnownAValuePastTheLargestOneTriedRepeatsIt() {
    // recursive-diffusion-fid.tsv, lines 14, 23 and 46: 1.0 and 0.25 ruled out, then 2.0
    RouteChange ruledOut = m.read("b3 cosine weight 1.0");
    KnownSettings tried = afterRows("b3 cosine weight 1.0", "b4 cosine weight lowered to 0.25");
    assertThat(m.match(m.read("b7 cosine weight 2.0 with symmetric"), ruledOut, tried)).hasValueSatisfying(v -> {
      assertThat(v.score()).isEqualTo(ChangeComparison.NEAR);
      assertThat(v.explanation().reasons()).containsExactly("same setting `cosine weight` raised past the ruled-out 1.0, to 2.0");
      assertThat(v.explanation().differences()).contains("the base is not known; 1.0 was the largest value tried");
    });
    // with nothing tried on its other side, 1.0 may have been a move down: no repeat
    assertThat(m.match(m.read("b7 cosine weight 2.0"), ruledOut, afterRows("b3 cosine weight 1.0"))).isEmpty();
    // a value tried beyond it already: 1.0 is no end
    assertThat(m.match(m.read("cosine weight 2.0"), ruledOut, afterRows("cosine weight 1.0", "cosine weight 0.25",
        "cosine weight 3.0"))).isEmpty();
    // between the values tried: another route
    assertThat(m.match(m.read("cosine weight 0.6"), ruledOut, tried)).isEmpty();
  }

  @Test
  void withNoBaseKnownAnotherSmallCountIsAnotherValue() {
    // car-prices-xgboost.tsv lines 27 and 37 read without the kept max_depth=8 of line 7
    assertThat(m.match("max_depth=9", "max_depth=10")).isEmpty();
    assertThat(m.match("n_estimators=1050", "n_estimators=1000")).isPresent();
    assertThat(m.match("cosine weight 0.8", "cosine weight 0.75")).isPresent();
  }

  @Test
  void aSettingSaidWithOrWithoutItsTechniqueIsOneSettingUnlessTheTechniquesDiffer() {
    assertThat(m.match("search depth 4->6", "alpha-beta depth 6")).hasValueSatisfying(v ->
        assertThat(v.explanation().differences()).contains("the ruled-out route said `alpha-beta depth`, this route `search depth`"));
    assertThat(m.match("momentum 0.95", "Muon momentum 0.95")).isPresent();
    assertThat(m.match("SGD momentum 0.9", "Muon momentum 0.9")).isEmpty();
  }

  @Test
  void changesNamedOnlyByAGenericHeadMatchTheSameHead() {
    assertThat(m.match("bigger model", "larger model")).isPresent();
    assertThat(m.match("smaller model", "larger model")).isEmpty();
    assertThat(m.match("larger batch", "larger model")).isEmpty();
  }

  @Test
  void aMeasureOfMeaningDecidesWordsTheTableDoesNotKnowWhenStructureAgrees() {
    RouteEmbedding alike = (a, b) -> a.equals("freeze 30%") && b.equals("freeze smooth 30%") ? OptionalDouble.of(0.83)
        : OptionalDouble.of(0.2);
    // recursive-diffusion-fid.tsv, lines 157 and 165: "freeze" for "freeze smooth", at the same value
    String p = "pq8 per-channel gate + freeze 30%";
    String r = "pq7 freeze smooth 30%";
    assertThat(m.match(p, r)).isEmpty();
    assertThat(m.withEmbedding(alike).match(p, r)).hasValueSatisfying(v -> {
      assertThat(v.score()).isEqualTo(0.83);
      assertThat(v.explanation().reasons()).singleElement().asString()
          .contains("same setting `freeze smooth` = 30%").contains("`freeze` taken for `freeze smooth`, alike in meaning (0.83)");
      assertThat(v.explanation().differences()).contains("this route also changes: add `per-channel gate`");
    });
    assertThat(m.withEmbedding(alike).withThreshold(0.9).match(p, r)).isEmpty();
  }

  @Test
  void noMeasureOfMeaningOverridesWhatStructureTellsApart() {
    RouteMatcher always = m.withEmbedding(ALWAYS_ALIKE);
    for (List<String> pair : List.of(
        List.of("pq7 freeze smooth 10%", "pq7 freeze smooth 30%"), // another value, no base known (lines 157, 158)
        List.of("b9 cosine weight 0.75", "b3 cosine weight 1.0"), // lines 14, 62
        List.of("pq6 cosine-only loss", "pq5 remove cosine loss"), // adding is not removing (lines 148, 150)
        List.of("increase the learning rate warmup", "increase the learning rate"), // a setting of the table on one side
        List.of("b12 EMA warmup 10%", "b8 warmup 20%"),
        List.of("MLP relu->gelu", "MLP relu->silu"), // techniques of the table on both sides, not the same
        List.of("SSIM on x0_hat", "SSIM on the latent"), // another component
        List.of("dropout 0.1 on attention", "dropout 0.1 on the MLP"))) {
      assertThat(always.match(pair.get(0), pair.get(1))).as(pair.toString()).isEmpty();
    }
    // where structure agrees, the measure decides
    assertThat(always.match("use long prices instead of BigDecimal", "replace BigDecimal prices with scaled longs")).isPresent();
  }

  @Test
  void aComponentNamedByAGenericHeadIsAComponentUnlessItMeansTheWholeModel() {
    assertThat(m.match("add residual connections in the value head", "add residual connections in the policy head")).isEmpty();
    assertThat(m.match("momentum 0.9 on the mixer", "momentum 0.9 in the optimizer")).isEmpty();
    assertThat(m.match("more aggressive pruning of the search tree", "more aggressive pruning of the network weights")).isEmpty();
    assertThat(m.match("dropout 0.1 on the head", "dropout 0.1 on the head")).isPresent();
    // "in the network" is everywhere: the same as saying nothing
    assertThat(m.match("dropout 0.1", "dropout 0.1 in the network")).isPresent();
  }

  @Test
  void rowsThatNameNothingRepeatNothingEvenAlikeInMeaning() {
    RouteMatcher always = m.withEmbedding(ALWAYS_ALIKE);
    assertThat(always.match("pq8 baseline verify (reproducibility check)", "baseline")).isEmpty();
    assertThat(always.judgesMeaning()).isTrue();
    assertThat(m.judgesMeaning()).isFalse();
  }
}
