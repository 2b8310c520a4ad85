package org.negativeknowledge.bank.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** When a route repeats a ruled-out one; rows quoted from ../shared/autoresearch-runs unless said otherwise. */
class RouteMatcherTest {
  private final RouteMatcher m = RouteMatcher.standard();

  @Test
  void theSameChangeInOtherWordsMatches() {
    // the example, both ways round
    assertThat(m.match("SGD momentum 0.9 optimizer instead of Adam", "switch optimizer to SGD")).isPresent();
    // recursive-diffusion-fid.tsv lines 97 and 89: SmoothL1 is the Huber loss
    assertThat(m.match("b12 SmoothL1 beta=0.5", "b12 Huber beta=0.5")).hasValueSatisfying(v -> {
      assertThat(v.score()).isEqualTo(1.0);
      assertThat(v.explanation().summary()).isEqualTo("same technique `Huber`");
    });
    // lines 86 and 32: batch 512 through gradient accumulation
    assertThat(m.match("b12 accum8 batch512", "b5 larger batch 512")).hasValueSatisfying(v -> {
      assertThat(v.explanation().reasons()).containsExactly("same setting `batch` = 512");
      assertThat(v.explanation().differences()).containsExactly("this route also changes: set `accum` 8");
    });
    assertThat(m.match("mcw=5", "min_child_weight 5")).isPresent();
  }

  @Test
  void aSettingMovedTheSameWayAtLeastAsFarMatchesAndSaysSo() {
    assertThat(m.match("DEPTH 12->16 at width 768", "depth 12->14")).hasValueSatisfying(v -> {
      assertThat(v.score()).isEqualTo(0.9);
      assertThat(v.explanation().summary()).contains("same setting `depth` raised again from 12, to 16 (12->14 was ruled out)")
          .contains("this route also changes: set `width` 768").doesNotContain("base differs");
    });
    assertThat(m.match("depth 12->14", "depth 12->14")).hasValueSatisfying(v -> assertThat(v.score()).isEqualTo(1.0));
    // nearly as far: within the last quarter of the way
    assertThat(m.match("depth 12->15", "depth 12->16")).hasValueSatisfying(v -> assertThat(v.score()).isEqualTo(0.8));
    // a value between the base and the ruled-out one is another route; the other way is another route
    assertThat(m.match("depth 12->13", "depth 12->16")).isEmpty();
    assertThat(m.match("depth 12->10", "depth 12->14")).isEmpty();
    // other numbers, same way, from another base: the difference is said
    assertThat(m.match("weight_decay 0.4->0.8", "weight_decay 0.2->0.4")).hasValueSatisfying(v ->
        assertThat(v.explanation().differences()).contains("the base differs: `weight_decay` started from 0.2 then, from 0.4 now"));
  }

  @Test
  void theKnownConfigurationIsTheBaseWhenTheRowsDoNotSayIt() {
    KnownSettings known = KnownSettings.none().after(m.read("cosine weight 0.5"), true);
    RouteChange ruledOut = m.read("b3 cosine weight 1.0");
    assertThat(m.match(m.read("b7 cosine weight 2.0 with symmetric"), ruledOut, known)).isPresent();
    // recursive-diffusion-fid.tsv, line 62: 0.75 lies between the kept 0.5 and the ruled-out 1.0
    assertThat(m.match(m.read("b9 cosine weight 0.75"), ruledOut, known)).isEmpty();
    assertThat(m.match(m.read("b7 cosine weight 2.0"), ruledOut, KnownSettings.none())).isEmpty();
    // a setting that is off unless set is compared from 0: dropout 0.2 after dropout 0.1 failed
    assertThat(m.match("dropout 0.2", "dropout 0.1")).isPresent();
    assertThat(m.match("dropout 0.05", "dropout 0.1")).isEmpty();
  }

  @Test
  void rowsSharingGenericWordsButChangingOtherThingsDoNotMatch() {
    // recursive-diffusion-fid.tsv: lines 14 / 40, 45 / 93, 82 / 122, 30 / 160
    assertThat(m.match("b6 cosine annealing LR schedule", "b3 cosine weight 1.0")).isEmpty();
    assertThat(m.match("b12 velocity clipping", "b6 velocity magnitude rescaling")).isEmpty();
    assertThat(m.match("b14 progressive growth (extra experiments)", "b11 progressive loss annealing (catastrophic)")).isEmpty();
    assertThat(m.match("pq7 per-channel spatial gate (768 learnable blend factors)", "b5 channel-weighted loss by variance")).isEmpty();
    // the same setting of another thing
    assertThat(m.match("b12 EMA warmup 10%", "b4 EMA decay 0.9999")).isEmpty();
  }

  @Test
  void aRuledOutBundleIsRepeatedOnlyWhole() {
    // car-prices-xgboost.tsv lines 11, 15 and 34
    String bundle = "add reg_alpha=0.1 reg_lambda=1.5";
    assertThat(m.match("reg_alpha=0.1 reg_lambda=1.5", bundle)).isPresent();
    assertThat(m.match("reg_alpha=0.05", bundle)).isEmpty();
    assertThat(m.match("reg_alpha=0.1", bundle)).isEmpty();
    assertThat(m.match("reg_alpha=0.1 reg_lambda=1.5 max_depth=9", bundle)).hasValueSatisfying(v ->
        assertThat(v.explanation().differences()).containsExactly("this route also changes: set `max_depth` 9"));
    // one phrase ruled out, its parts tried together (car-prices-xgboost.tsv lines 9 and 36)
    assertThat(m.match("log_mileage + car_age", "add car_age log_mileage with native categorical")).isPresent();
  }

  @Test
  void removingIsNotAddingAndAnotherComponentIsAnotherRoute() {
    // recursive-diffusion-fid.tsv, lines 144, 149, 161
    assertThat(m.match("pq6 minimal (no reverse pass)", "pq5 remove reverse pass (barely hurts)")).hasValueSatisfying(v ->
        assertThat(v.explanation().reasons()).containsExactly("same removal of `reverse pass`"));
    assertThat(m.match("pq7 extra smooth after reverse pass", "pq5 remove reverse pass")).isEmpty();
    assertThat(m.match("dropout 0.1 on the MLP", "dropout 0.1 on attention")).isEmpty();
    // a technique ruled out on one component says nothing of it everywhere (lines 130-132)
    assertThat(m.match("pq4 spatial smooth + learned gate", "pq3 spatial_smooth_every_other (conv at alternating l_level)"))
        .isEmpty();
    // ruled out everywhere, tried on one component: a repeat, and the component is said (lines 76, 84)
    assertThat(m.match("b11 SSIM on x0_hat image space", "b10 SSIM loss component")).hasValueSatisfying(v ->
        assertThat(v.explanation().differences()).containsExactly("this route applies it to `x0 hat imag space`"));
  }

  @Test
  void aRuledOutTechniqueTriedWithSomethingElseMatchesWithTheDifferenceSaid() {
    // recursive-diffusion-fid.tsv, lines 126 and 134
    assertThat(m.match("pq4 spatial smooth + CADS condition annealing", "pq2 condition_annealing_sampling (CADS-style)"))
        .hasValueSatisfying(v -> assertThat(v.explanation().differences()).containsExactly(
            "this route also changes: add `spatial smooth`"));
    // lines 42 and 57
    assertThat(m.match("b8 logit-normal t sampling std=0.5", "b6 logit-normal timestep sampling")).hasValueSatisfying(v ->
        assertThat(v.explanation().summary()).isEqualTo("same technique `logit-normal timestep sampling`; but now with std = 0.5"));
  }

  @Test
  void descriptionsThatNameNoChangeMatchNothingWithoutAnEmbedding() {
    assertThat(m.match("baseline", "baseline")).isEmpty();
    assertThat(m.match("", "depth 12->14")).isEmpty();
  }

  @Test
  void anEmbeddingJudgesTheChangesNoNameMatches() {
    RouteEmbedding fake = (a, b) -> a.contains("U-shaped") && b.contains("heavier at ends") ? OptionalDouble.of(0.82)
        : OptionalDouble.empty();
    // recursive-diffusion-fid.tsv, lines 47 and 92: alike in meaning, no shared name
    String p = "b12 U-shaped timestep distribution";
    String r = "b7 cosine t-schedule (heavier at ends)";
    assertThat(m.match(p, r)).isEmpty();
    assertThat(m.withEmbedding(fake).match(p, r)).hasValueSatisfying(v -> {
      assertThat(v.score()).isEqualTo(0.82);
      assertThat(v.explanation().summary()).contains("alike in meaning").contains("0.82");
    });
    assertThat(m.withEmbedding(fake).withThreshold(0.9).match(p, r)).isEmpty();
    assertThat(RouteEmbedding.none().similarity("a", "a")).isEmpty();
  }

  @Test
  void theThresholdAppliesToTheScore() {
    assertThat(m.withThreshold(0.95).match("depth 12->16", "depth 12->14")).isEmpty();
    assertThat(m.withThreshold(0.9).match("depth 12->16", "depth 12->14")).isPresent();
    assertThatThrownBy(() -> m.withThreshold(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threshold must be in (0, 1]");
  }

  @Test
  void logLabelsAreLearntFromTheLeadingWordsOfManyRows() {
    var rows = java.util.List.of("pq multi_step_velocity_loss (z_H deep supervision)", "pq learned_injection_gate (sigmoid gating)",
        "pq denoising_as_recursion (mini-ODE in training)", "pq token_mixing_mlp (replace attention)");
    RouteMatcher learnt = m.withLabelsOf(rows);
    assertThat(learnt.labels()).containsExactly("pq");
    assertThat(learnt.read(rows.get(1)).changes().get(0).names()).doesNotContain("pq");
    assertThat(m.read(rows.get(1)).changes().get(0).names()).contains("pq");
    // a setting that leads many rows is no label
    assertThat(m.withLabelsOf(java.util.List.of("mileage_bins 5", "mileage_bins 10", "mileage_bins 20")).labels()).isEmpty();
  }

  @Test
  void changesOfOtherDomainsAreReadToo() {
    // constructed examples (not from the shared logs) in the styles of other AutoResearch tasks
    assertThat(m.match("switch to parallel GC", "-XX:+UseParallelGC")).isPresent();
    assertThat(m.match("-XX:-UseParallelGC", "-XX:+UseParallelGC")).isEmpty();
    assertThat(m.match("-Xmx8g", "heap size 4g->8g")).hasValueSatisfying(v -> assertThat(v.score()).isEqualTo(1.0));
    assertThat(m.match("use an array price ladder instead of TreeMap", "replace TreeMap with array-based price ladder"))
        .isPresent();
    assertThat(m.match("ent_coef=0.1", "entropy coef 0.01->0.05")).isPresent();
    assertThat(m.match("debt_to_income feature + target encoding of employer", "add debt_to_income ratio feature"))
        .hasValueSatisfying(v -> assertThat(v.explanation().reasons()).containsExactly("same technique `debt_to_income ratio feature`"));
    assertThat(m.match("hash table 2^22->2^26", "increase hash table to 2^24")).isPresent();
    assertThat(m.match("halve the learning rate", "lr 1e-3 -> 5e-4")).isPresent();
    // not repeats: another component, the other way, a value between base and ruled-out one
    assertThat(m.match("add dropout 0.1 to the policy network", "dropout 0.1 on the value network")).isEmpty();
    assertThat(m.match("increase batch size to 1024", "decrease batch size to 128")).isEmpty();
    assertThat(m.match("lower mixer learning rate 0.002->0.001", "mixer lr 0.002 -> 0.0005")).isEmpty();
    assertThat(m.match("remove the SSE stage", "add an SSE stage after the mixer")).isEmpty();
  }

  @Test
  void withNoBaseKnownOnlyValuesCloseToTheRuledOutOneMatch() {
    // recursive-diffusion-fid.tsv, lines 62 and 114
    assertThat(m.match("b13 cosine weight 0.8", "b9 cosine weight 0.75")).hasValueSatisfying(v -> {
      assertThat(v.score()).isEqualTo(0.8);
      assertThat(v.explanation().differences()).singleElement().asString().contains("the base is not known");
    });
    assertThat(m.match("b13 cosine weight 0.9", "b9 cosine weight 0.75")).isEmpty();
  }
}
