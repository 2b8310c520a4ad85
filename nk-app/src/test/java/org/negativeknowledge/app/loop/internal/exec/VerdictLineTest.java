package org.negativeknowledge.app.loop.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.app.loop.Verdict;
import org.negativeknowledge.curator.signature.EvalStatus;
import org.negativeknowledge.curator.signature.FailureSignatureExtractor;

/** The evaluator's verdict line, and the eval.log the curator reads it from. */
class VerdictLineTest {
  @Test
  void theLastJsonLineWithAStatusIsTheVerdict() {
    Verdict v = VerdictLine.parse("loading\n{\"status\": \"pass\", \"score\": 0.5}\nnoise {\n{\"status\": \"fail\", \"score\": 0.25,"
        + " \"message\": \"3 of 4 wrong\"}\n", 0);
    assertThat(v.status()).isEqualTo(Verdict.Status.FAIL);
    assertThat(v.score()).isEqualTo(OptionalDouble.of(0.25));
    assertThat(v.message()).isEqualTo("3 of 4 wrong");
  }

  @Test
  void anEvaluatorWithoutAVerdictLineGivesNone() {
    assertThat(VerdictLine.parse("all good\n", 0).status()).isEqualTo(Verdict.Status.NO_VERDICT);
    Verdict odd = VerdictLine.parse("{\"status\": \"maybe\"}", 0);
    assertThat(odd.status()).isEqualTo(Verdict.Status.NO_VERDICT);
    assertThat(odd.message()).contains("status 'maybe'; expected pass or fail");
  }

  @Test
  void theCuratorReadsTheVerdictOfTheEvalLog() {
    ProcessRun.Result run = new ProcessRun.Result(0, Duration.ofMillis(120),
        "{\"status\": \"fail\", \"score\": 0, \"message\": \"every value is 100 times the expected value\"}\n", "",
        List.of(), List.of(), 0, 1);
    Verdict v = VerdictLine.parse(run.stdout(), 0);
    String log = ExecLog.evalText(run, v, List.of("verdict: " + VerdictLine.logLine(v)));
    var outcome = FailureSignatureExtractor.fromText("exit_code=0\nduration_sec=0.1\n--- stdout ---\n--- stderr ---\n",
        Optional.of(log)).eval();
    assertThat(outcome.status()).isEqualTo(EvalStatus.SCORED_BELOW_BAR);
    assertThat(outcome.message()).contains("every value is 100 times the expected value");
    String passed = ExecLog.evalText(run, new Verdict(Verdict.Status.PASS, OptionalDouble.of(1), "ok"), List.of());
    assertThat(passed).containsPattern("(?m)^\\(1, 'nk loop verdict: pass: ok'\\)$");
  }
}
