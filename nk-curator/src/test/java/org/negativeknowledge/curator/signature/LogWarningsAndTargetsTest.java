package org.negativeknowledge.curator.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.testing.PaperData;

/** Python warnings are read as category and message, not as the path line; goal flags are read. */
class LogWarningsAndTargetsTest {

  private static FailureSignature exec(String log) {
    return FailureSignatureExtractor.fromText(log, Optional.empty());
  }

  @Test
  void aWarningIsQuotedByItsMessageAndItsFileNotByItsPath() {
    FailureSignature s = exec(String.join("\n",
        "/home/someone/runs/job/round1/candidate.py:50: RuntimeWarning: overflow encountered in multiply",
        "  v2 = v * v",
        "[summary] reached_end=False",
        "EXIT_CODE=0"));

    assertThat(s.markers()).contains(FailureMarker.NON_FINITE);
    assertThat(s.nonFiniteLine()).hasValue("RuntimeWarning: overflow encountered in multiply (candidate.py:50)");
  }

  @Test
  void aPathThatLooksNonFiniteAndTheEchoedSourceLineAreNoEvidence() {
    FailureSignature s = exec(String.join("\n",
        "/data/inf/nan/model.py:12: UserWarning: the grid is coarse",
        "  x = np.inf if coarse else 0.0",
        "done",
        "exit_code=0"));

    assertThat(s.markers()).doesNotContain(FailureMarker.NON_FINITE);
    assertThat(s.nonFiniteLine()).isEmpty();
  }

  @Test
  void theLastGoalFlagOfTheLogIsTheTarget() {
    FailureSignature s = exec(String.join("\n",
        "[t=1.0] finite=True converged=False",
        "[final] t_final=10.0 finite=True",
        "[summary] blowup_t=None reached_T10=True",
        "EXIT_CODE=0"));

    assertThat(s.target()).hasValueSatisfying(t -> {
      assertThat(t.name()).isEqualTo("reached_T10");
      assertThat(t.reached()).isTrue();
      assertThat(t.line()).isEqualTo("[summary] blowup_t=None reached_T10=True");
    });
    assertThat(s.targetReached()).isTrue();
    assertThat(s.signatureKey()).isEqualTo("Target reached_T10: reached");
  }

  @Test
  void aGoalFlagOfACrashedRunIsNotATargetReached() {
    FailureSignature s = exec(String.join("\n",
        "reached_T10=True",
        "Traceback (most recent call last):",
        "  File \"run.py\", line 3, in <module>",
        "    plot(u)",
        "NameError: name 'plot' is not defined",
        "exit_code=1"));

    assertThat(s.target()).isPresent();
    assertThat(s.targetReached()).isFalse();
  }

  @Test
  void proseThatMerelyMentionsAGoalIsNoFlag() {
    assertThat(exec("the goal: reach T=10 without blow-up\nexit_code=0").target()).isEmpty();
  }

  @Test
  void theNamedPhysicsLogQuotesTheOverflowNotItsPath() {
    Path log = PaperData.resolve("section4/stage1/BKdV-S1/round1/exec.log");
    FailureSignature s = FailureSignatureExtractor.extract(log, Optional.empty());

    assertThat(s.nonFiniteLine()).hasValue("RuntimeWarning: overflow encountered in multiply (candidate.py:50)");
    assertThat(s.target()).hasValueSatisfying(t -> assertThat(t.reached()).isFalse());
    assertThat(FailureSignatureExtractor.extract(
        PaperData.resolve("section4/stage1/BKdV-S1/round2/exec.log"), Optional.empty()).targetReached()).isTrue();
  }
}
