package org.negativeknowledge.app.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.app.loop.internal.Step;

/** Conditions, their rounds and the chains of attempts they make. */
class ConditionPlanTest {
  @Test
  void listsParseWithDefaultAndOwnRounds() {
    assertThat(ConditionPlan.parseList("base,retry:2,nk1,selfdebug,nkdeep:4,bank", 3)).extracting(ConditionPlan::toString)
        .containsExactly("base:1", "retry:2", "nk1:3", "selfdebug:3", "nkdeep:4", "bank:3");
    assertThat(ConditionPlan.parseList("nkdeep", 2)).extracting(ConditionPlan::rounds).containsExactly(3);
  }

  @Test
  void badListsSayWhatIsWrong() {
    assertThatThrownBy(() -> ConditionPlan.parseList("base,nk2", 3)).hasMessageContaining("unknown condition 'nk2': use base,");
    assertThatThrownBy(() -> ConditionPlan.parseList("base:2", 3)).hasMessageContaining("base is one attempt");
    assertThatThrownBy(() -> ConditionPlan.parseList("nkdeep:2", 3)).hasMessageContaining("nkdeep needs at least 3 rounds");
    assertThatThrownBy(() -> ConditionPlan.parseList("nk1,nk1", 3)).hasMessageContaining("listed twice");
    assertThatThrownBy(() -> ConditionPlan.parseList("nk1:x", 3)).hasMessageContaining("must be a whole number");
    assertThatThrownBy(() -> ConditionPlan.parseList(" , ", 3)).hasMessageContaining("no condition given");
  }

  @Test
  void chainsShareTheFirstAttemptAndNkdeepSharesTheSelfDebugRounds() {
    assertThat(keys("nk1:3")).containsExactly("base/round1", "nk1/round2", "nk1/round3");
    assertThat(keys("retry:2")).containsExactly("base/round1", "retry/round2");
    assertThat(keys("nkdeep:4")).containsExactly("base/round1", "selfdebug/round2", "selfdebug/round3", "nkdeep/round4");
    assertThat(keys("bank:2")).containsExactly("bank/round1", "bank/round2");
    assertThat(Step.chain(ConditionPlan.parseList("nkdeep:4", 3).get(0)).get(3).memory()).isEqualTo(Step.Rule.DEEP_OF_ALL);
    assertThat(Step.chain(ConditionPlan.parseList("nk1:3", 3).get(0)).get(2).memory()).isEqualTo(Step.Rule.RECORD_OF_PREVIOUS);
  }

  private static List<String> keys(String plan) {
    return Step.chain(ConditionPlan.parseList(plan, 3).get(0)).stream().map(Step::key).toList();
  }

  @Test
  void theMedianTruncatesAnEvenMeanAsThePaperDoes() {
    assertThat(Distribution.of(List.of(18080L, 18081L)).median()).hasValue(18080);
    assertThat(Distribution.of(List.of(3L, 1L, 2L)).median()).hasValue(2);
    assertThat(Distribution.of(List.of(5L, 1L, 2L, 10L)).total()).isEqualTo(18);
    assertThat(Distribution.of(List.of()).median()).isEmpty();
  }
}
