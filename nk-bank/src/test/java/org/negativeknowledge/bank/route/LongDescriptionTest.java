package org.negativeknowledge.bank.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The one idea of a long description: the clause that states the change, not the reasons, the
 * evidence or the result around it. Descriptions written for these tests in the hypothesis /
 * evidence / result style of experiment logs.
 */
class LongDescriptionTest {
  private final RouteMatcher m = RouteMatcher.standard();

  @Test
  void theClauseThatStatesTheChangeIsKeptNotTheReasonBeforeIt() {
    RouteChange c = m.read("Hypothesis: the model is undertrained at 5 minutes, so a higher matrix LR (0.04 -> 0.06) should"
        + " converge faster. Evidence: loss was still dropping at the end of exp 12. Result: val_bpb 1.0412 vs 1.0385, worse.");
    assertThat(c.focus()).contains("matrix LR").doesNotContain("undertrained");
    assertThat(c.changes()).singleElement().satisfies(x -> {
      assertThat(x.names()).containsExactly("matrix_lr");
      assertThat(x.to().number()).isEqualTo(0.06);
    });
  }

  @Test
  void shortLabelsSeparateTheHypothesisFromEvidenceAndResult() {
    // the hypothesis says what it expects ("gives a better final anneal"): the change is still read
    RouteChange c = m.read("H: longer warmdown (0.5->0.7) gives a better final anneal. E: the kept run ended with the LR"
        + " still high. R: +0.003 bpb, discard.");
    assertThat(c.changes()).singleElement().satisfies(x -> {
      assertThat(x.names()).containsExactly("warmdown");
      assertThat(x.to().number()).isEqualTo(0.7);
    });
  }

  @Test
  void aOneLetterLabelStartsASentence() {
    assertThat(m.read("LoRA r: 16").changes()).singleElement().satisfies(x -> assertThat(x.to().number()).isEqualTo(16.0));
  }

  @Test
  void aShortTitleBeforeTheLabelsStatesTheChange() {
    RouteChange c = m.read("Deeper model: 14 layers. Hypothesis: depth beats width at this budget. Result: worse.");
    assertThat(c.changes()).anySatisfy(x -> assertThat(x.names()).containsExactly("depth"));
    assertThat(c.changes()).noneSatisfy(x -> assertThat(x.names()).contains("width"));
  }

  @Test
  void aMetricThatMovesIsNoChangeAndAStateIsNoMove() {
    RouteChange c = m.read("Batch size 2^19 is too large for this short budget; halving it to 2^18 gives twice the"
        + " optimizer steps. val_bpb 1.038 -> 1.031");
    // "is too large" describes; "halving it" moves the batch size the clause before named
    assertThat(c.changes()).singleElement().satisfies(x -> {
      assertThat(x.names()).containsExactly("batch_size");
      assertThat(x.to().number()).isEqualTo(262144.0);
      assertThat(x.direction()).isEqualTo(Direction.DOWN);
    });
  }

  @Test
  void aLongIdeaMatchesItsShortRetryAndTheOtherWayRound() {
    String longRow = "Hypothesis: the model is undertrained at 5 minutes, so a higher matrix LR (0.04 -> 0.06) should"
        + " converge faster. Result: worse";
    assertThat(m.match("retry matrix LR 0.06 with longer warmup", longRow)).hasValueSatisfying(v ->
        assertThat(v.explanation().reasons()).containsExactly("same setting `matrix LR` = 0.06 (from 0.04)"));
    assertThat(m.match(longRow, "matrix_lr 0.04->0.06")).isPresent();
    assertThat(m.match("H: weight decay 0.1 -> 0.2 reduces overfitting. E: train/val gap growing. R: worse", "wd 0.2"))
        .isPresent();
    // a long row about another setting is no repeat
    assertThat(m.match("Hypothesis: the LR warmup is too short; warmup 100->300 steps. Result: worse", "warmdown 0.5->0.7"))
        .isEmpty();
    assertThat(m.match("Idea: drop value embeddings to save compute. Result: worse.", "add value embeddings to every layer"))
        .isEmpty();
  }
}
