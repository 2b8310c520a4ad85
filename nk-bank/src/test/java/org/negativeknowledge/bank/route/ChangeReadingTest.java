package org.negativeknowledge.bank.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the matcher reads from real rows of AutoResearch logs (quoted from ../shared/autoresearch-runs). */
class ChangeReadingTest {
  private final RouteMatcher m = RouteMatcher.standard();

  private List<Change> read(String description) {
    return m.read(description).changes();
  }

  @Test
  void aSettingMovedFromOneValueToAnotherHasItsDirection() {
    // nanochat-robustness.tsv, line 4
    assertThat(read("weight_decay 0.2->0.4 — val_bpb 2.014->1.960, subgroup gap 0.69->0.56")).singleElement()
        .satisfies(c -> {
          assertThat(c.action()).isEqualTo(ChangeAction.SET);
          assertThat(c.names()).containsExactly("weight_decay");
          assertThat(c.from().number()).isEqualTo(0.2);
          assertThat(c.to().number()).isEqualTo(0.4);
          assertThat(c.direction()).isEqualTo(Direction.UP);
        });
    // nanochat-robustness.tsv, line 12: powers are numbers
    assertThat(read("batch 2^16->2^15")).singleElement().satisfies(c -> {
      assertThat(c.names()).containsExactly("batch_size");
      assertThat(c.to().number()).isEqualTo(32768.0);
      assertThat(c.direction()).isEqualTo(Direction.DOWN);
    });
  }

  @Test
  void severalSettingsInOneRowAreSeveralChangesUnderTheirCanonicalNames() {
    // car-prices-xgboost.tsv, line 19
    assertThat(read("n_estimators=1500 lr=0.02 depth=7 min_child_weight=3"))
        .extracting(c -> c.names().get(0))
        .containsExactly("n_estimators", "learning_rate", "depth", "min_child_weight");
  }

  @Test
  void abbreviationsSynonymsAndIdentifierStylesAreOneName() {
    for (String s : List.of("lr 3e-4 -> 1e-3", "learning rate 3e-4 -> 1e-3", "learningRate 3e-4 -> 1e-3", "LR: 3e-4 -> 1e-3")) {
      assertThat(read(s)).as(s).singleElement().satisfies(c -> {
        assertThat(c.names()).containsExactly("learning_rate");
        assertThat(c.to().number()).isEqualTo(1e-3);
      });
    }
    assertThat(read("mcw 5").get(0).names()).isEqualTo(read("min_child_weight=5").get(0).names())
        .containsExactly("min_child_weight");
  }

  @Test
  void experimentLabelsAndCommentsOnTheResultAreNotPartOfTheChange() {
    // recursive-diffusion-fid.tsv, lines 86 and 144: a label ("b12", "pq5"), a value fused to its
    // setting ("accum8"), a parenthesised comment on the outcome
    assertThat(read("b12 accum8 batch512")).extracting(Change::describe)
        .containsExactly("set `accum` 8", "set `batch` 512");
    assertThat(read("pq5 remove reverse pass (barely hurts)")).singleElement().satisfies(c -> {
      assertThat(c.action()).isEqualTo(ChangeAction.REMOVE);
      assertThat(c.names()).containsExactly("revers", "pass");
    });
    // recursive-diffusion-fid.tsv, line 149: the change is in the parenthesis
    assertThat(read("pq6 minimal (no reverse pass)")).singleElement()
        .satisfies(c -> assertThat(c.action()).isEqualTo(ChangeAction.REMOVE));
  }

  @Test
  void aValueWithAGenericNameIsAnAttributeOfTheTechnique() {
    // recursive-diffusion-fid.tsv, line 57
    assertThat(read("b8 logit-normal t sampling std=0.5")).singleElement().satisfies(c -> {
      assertThat(c.names()).containsExactly("logit_normal", "timestep_sampling");
      assertThat(c.attribute()).isEqualTo("std");
      assertThat(c.to().number()).isEqualTo(0.5);
      assertThat(c.isSetting()).isFalse();
    });
    // recursive-diffusion-fid.tsv, line 23: "lowered to" gives the direction, the words before name it
    assertThat(read("b4 cosine weight lowered to 0.25")).singleElement().satisfies(c -> {
      assertThat(c.names()).containsExactly("cosin"); // a stem: "cosine" and "cosines" are one word
      assertThat(c.heads()).containsExactly("weight");
      assertThat(c.direction()).isEqualTo(Direction.DOWN);
      assertThat(c.isSetting()).isTrue();
    });
  }

  @Test
  void replacementsNameTheNewThingAndKeepTheOldOne() {
    // nanochat-robustness.tsv, line 22
    assertThat(read("MLP squared_relu->gelu")).singleElement().satisfies(c -> {
      assertThat(c.action()).isEqualTo(ChangeAction.REPLACE);
      assertThat(c.names()).containsExactly("mlp", "gelu");
      assertThat(c.from().text()).isEqualTo("squared_relu");
    });
    assertThat(read("SGD momentum 0.9 optimizer instead of Adam")).singleElement().satisfies(c -> {
      assertThat(c.action()).isEqualTo(ChangeAction.REPLACE);
      assertThat(c.names()).contains("sgd");
      assertThat(c.heads()).contains("optimizer");
      assertThat(c.from().text()).isEqualTo("adam");
    });
    assertThat(read("switch optimizer to SGD")).singleElement().satisfies(c -> {
      assertThat(c.names()).containsExactly("sgd");
      assertThat(c.heads()).containsExactly("optimizer");
    });
  }

  @Test
  void partsJoinedByPlusAreSeparateChangesAndPrepositionsSayWhere() {
    // recursive-diffusion-fid.tsv, lines 134 and 84
    assertThat(read("pq4 spatial smooth + CADS condition annealing")).hasSize(2);
    assertThat(read("b11 SSIM on x0_hat image space")).singleElement().satisfies(c -> {
      assertThat(c.names()).containsExactly("ssim");
      assertThat(c.qualifier()).contains("x0", "hat");
    });
  }

  @Test
  void aLongDescriptionYieldsTheChangeItStatesNotItsEvidenceOrResult() {
    String longRow = "Hypothesis: raising the learning rate from 6e-4 to 1e-3 speeds up convergence because the loss is"
        + " still falling at the end of the budget. Evidence: the previous run's loss curve had not flattened and"
        + " grad norms stayed small. Result: val_bpb 1.032 -> 1.041, worse; the higher rate is unstable early.";
    RouteChange c = m.read(longRow);
    assertThat(c.focus()).startsWith("raising the learning rate").doesNotContain("Evidence").doesNotContain("val_bpb");
    assertThat(c.changes()).singleElement().satisfies(x -> {
      assertThat(x.names()).containsExactly("learning_rate");
      assertThat(x.from().number()).isEqualTo(6e-4);
      assertThat(x.to().number()).isEqualTo(1e-3);
      assertThat(x.direction()).isEqualTo(Direction.UP);
    });
    String unlabelled = "Tried 2x wider MLP (mlp_ratio 4->8). The run was slower per step and val_bpb got worse by 0.01."
        + " Probably the budget is too short for a wider model.";
    assertThat(m.read(unlabelled).changes()).anySatisfy(x -> assertThat(x.names()).contains("mlp_ratio"));
    // Prose around the idea is context, not part of the change: one idea is read.
    String prose = "Idea: increase depth from 12 to 14 while keeping the width at 768 and the same batch of 2^19 tokens,"
        + " to test whether the extra layers pay for their slower steps within the five minute budget";
    assertThat(m.read(prose).changes()).singleElement().satisfies(x -> {
      assertThat(x.names()).containsExactly("depth");
      assertThat(x.to().number()).isEqualTo(14.0);
    });
    assertThat(m.read("[hypothesis] muon lr 0.02 -> 0.03 [evidence] loss still falling [result] worse").changes())
        .singleElement().satisfies(x -> assertThat(x.to().number()).isEqualTo(0.03));
    assertThat(m.read("**Change:** warmup 0.02->0.05 **Result:** val_bpb 1.23 vs 1.21").focus()).isEqualTo("warmup 0.02->0.05");
    assertThat(m.read("raised warmup from 0.02 to 0.05 but the loss spiked at step 300, resulting in a worse val_bpb of 1.23")
        .changes()).singleElement().satisfies(x -> assertThat(x.names()).containsExactly("warmup"));
    // A long row of settings is no prose: every setting is a change.
    assertThat(m.read("lr 1e-3, wd 0.1, warmup 500, batch 512, depth 14, width 768, heads 12, dropout 0.1").changes())
        .hasSize(8);
  }

  @Test
  void aBaselineChangesNothing() {
    assertThat(read("baseline")).isEmpty();
    assertThat(read("pq8 baseline verify (reproducibility check)")).isEmpty();
  }
}
