package org.negativeknowledge.bank.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How names and settings are read from the words of a row: compound words, words the table knows,
 * settings named apart from the subject. Rows written for these tests in the styles of experiment
 * logs of several domains, unless a line of ../shared/autoresearch-runs is named.
 */
class NameReadingTest {
  private final RouteMatcher m = RouteMatcher.standard();

  private List<Change> read(String description) {
    return m.read(description).changes();
  }

  @Test
  void wordsOfStructureInsideACompoundNameAreNames() {
    // recursive-diffusion-fid.tsv, line 127: "growing" raises nothing inside an identifier
    assertThat(read("pq2 progressive_growing_recursion (curriculum)")).singleElement().satisfies(c -> {
      assertThat(c.direction()).isEqualTo(Direction.NONE);
      assertThat(c.names()).contains("progress", "grow", "recurs");
    });
    assertThat(read("on-policy value clipping")).singleElement().satisfies(c -> {
      assertThat(c.qualifier()).isEmpty();
      assertThat(c.names()).contains("on");
    });
    // a verb that leads a flag still acts
    assertThat(read("no_weight_decay_on_bias")).isNotEmpty();
    assertThat(read("use_ema")).singleElement().satisfies(c -> assertThat(c.names()).containsExactly("ema"));
  }

  @Test
  void aHyphenatedNameIsTheNameWithUnderscores() {
    assertThat(read("add debt-to-income ratio feature").get(0).names())
        .containsAll(read("debt_to_income feature").get(0).names());
    assertThat(read("order-3 context model")).singleElement().satisfies(c -> assertThat(c.to().number()).isEqualTo(3.0));
    // a single letter in a hyphenated word is no identifier: "t-schedule" is the timestep schedule
    assertThat(read("cosine t-schedule").get(0).names()).contains("timestep_schedule");
  }

  @Test
  void wordsWrittenInCapitalsAndSmallLettersStayWhole() {
    assertThat(read("LightGBM instead of XGBoost")).singleElement().satisfies(c -> {
      assertThat(c.names()).containsExactly("lightgbm");
      assertThat(c.from().text()).isEqualTo("xgboost");
    });
    assertThat(read("ReLU activation").get(0).names()).containsExactly("relu");
    assertThat(read("ReLU^2 MLP").get(0).names()).contains("squared_relu");
    // "Big" in BigDecimal moves nothing
    assertThat(read("BigDecimal prices")).singleElement().satisfies(c -> {
      assertThat(c.direction()).isEqualTo(Direction.NONE);
      assertThat(c.names()).contains("big", "decim");
    });
    // capitals that are words of their own still split: -XX:+UseParallelGC is the parallel collector
    assertThat(read("-XX:+UseParallelGC").get(0).names()).containsExactly("parallel_gc");
  }

  @Test
  void overlappingAliasesOfOneSettingAreOneName() {
    assertThat(read("PPO clip range 0.2->0.3")).singleElement().satisfies(c -> {
      assertThat(c.names()).containsExactly("ppo_clip");
      assertThat(c.to().number()).isEqualTo(0.3);
    });
  }

  @Test
  void aSettingOfTheTableNamedOutsideTheSubjectIsAChangeOfItsOwn() {
    assertThat(read("LightGBM with num_leaves=63")).extracting(Change::describe)
        .containsExactly("add `LightGBM`", "set `num_leaves` 63");
    assertThat(read("MCTS with 800 simulations")).extracting(c -> c.names().get(0)).containsExactly("mcts", "rollouts");
    // the setting named in the subject keeps its value: "EMA model for eval (polyak avg 0.999)", line 16
    assertThat(read("b3 EMA model for eval (polyak avg 0.999)")).singleElement()
        .satisfies(c -> assertThat(c.to().number()).isEqualTo(0.999));
  }

  @Test
  void aValueInsteadOfAnotherIsAMove() {
    assertThat(read("Muon momentum 0.95 instead of 0.85")).singleElement().satisfies(c -> {
      assertThat(c.from().number()).isEqualTo(0.85);
      assertThat(c.to().number()).isEqualTo(0.95);
      assertThat(c.direction()).isEqualTo(Direction.UP);
    });
  }

  @Test
  void aValueBeforeTheChangeMaySitInAParenthesis() {
    assertThat(read("DEPTH=14 (was 12)")).singleElement().satisfies(c -> {
      assertThat(c.from().number()).isEqualTo(12.0);
      assertThat(c.direction()).isEqualTo(Direction.UP);
    });
    assertThat(read("matrix lr 0.06 (vs 0.04)")).singleElement().satisfies(c -> assertThat(c.from().number()).isEqualTo(0.04));
  }

  @Test
  void butWithIntroducesTheVariationNotAComment() {
    assertThat(read("same as exp 12 but with lr 0.06")).singleElement().satisfies(c -> {
      assertThat(c.names()).containsExactly("learning_rate");
      assertThat(c.to().number()).isEqualTo(0.06);
    });
    // "but" alone still ends the change: what follows comments on it
    assertThat(read("raised warmup to 0.05 but the loss spiked")).singleElement()
        .satisfies(c -> assertThat(c.names()).containsExactly("warmup"));
  }

  @Test
  void aWordOfDirectionCanNameTheSettingItMoves() {
    assertThat(read("deeper model")).singleElement().satisfies(c -> {
      assertThat(c.names()).containsExactly("depth");
      assertThat(c.direction()).isEqualTo(Direction.UP);
    });
    assertThat(read("narrower MLP")).singleElement().satisfies(c -> {
      assertThat(c.names()).containsExactly("width");
      assertThat(c.detail()).contains("mlp");
      assertThat(c.direction()).isEqualTo(Direction.DOWN);
    });
    // a setting named is what moves: "shorter warmup" is warmup
    assertThat(read("shorter warmup").get(0).names()).containsExactly("warmup");
  }

  @Test
  void replacementsSaidInOtherWays() {
    assertThat(read("switch GC to ZGC")).singleElement().satisfies(c -> {
      assertThat(c.names()).containsExactly("zgc");
      assertThat(c.from().text()).isEqualTo("gc");
    });
    assertThat(read("Switch activation from ReLU^2 to SwiGLU at matched parameter count (hidden 2048->1365)"))
        .singleElement().satisfies(c -> {
          assertThat(c.action()).isEqualTo(ChangeAction.REPLACE);
          assertThat(c.names()).containsExactly("swiglu");
          assertThat(c.from().text()).isEqualTo("squared_relu");
          assertThat(c.attribute()).isEqualTo("hidden");
        });
    assertThat(read("drop the price-level TreeMap for a sorted array")).singleElement().satisfies(c -> {
      assertThat(c.action()).isEqualTo(ChangeAction.REPLACE);
      assertThat(c.names()).contains("array");
      assertThat(c.from().text()).contains("tree_map");
    });
    // "for the critic" says where: still a removal
    assertThat(read("drop dropout for the critic")).singleElement()
        .satisfies(c -> assertThat(c.action()).isEqualTo(ChangeAction.REMOVE));
  }

  @Test
  void contextAndPredictionsAfterTheChangeAreNotPartOfIt() {
    assertThat(read("Increase DEPTH from 12 to 14 layers keeping n_embd=768")).singleElement()
        .satisfies(c -> assertThat(c.names()).containsExactly("depth"));
    assertThat(read("more MCTS simulations (400->800) improve play")).singleElement()
        .satisfies(c -> assertThat(c.names()).containsExactly("rollouts"));
  }
}
