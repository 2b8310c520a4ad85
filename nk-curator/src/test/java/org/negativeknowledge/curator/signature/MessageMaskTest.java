package org.negativeknowledge.curator.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageMaskTest {

  private static FailureSignature crash(String exceptionLine) {
    return FailureSignatureExtractor.fromText(
        "exit_code=1\n--- stderr ---\nTraceback (most recent call last):\n"
            + "  File \"/home/alice/runs/r1/candidate.py\", line 12, in <module>\n    main()\n" + exceptionLine + "\n",
        Optional.empty());
  }

  @Test
  void messagesDifferingOnlyInNumbersPathsAndAddressesShareAKey() {
    FailureSignature a = crash("ValueError: cannot reshape array of size 680000 into shape (17,3308000)");
    FailureSignature b = crash("ValueError: cannot reshape array of size 1200 into shape (3,41)");
    assertThat(a.signatureKey()).isEqualTo(b.signatureKey())
        .isEqualTo("ValueError: cannot reshape array of size <n> into shape (<n>,<n>)");

    FailureSignature p = crash("FileNotFoundError: [Errno 2] No such file or directory: '/Users/x/data/run_01/train.csv'");
    FailureSignature q = crash("FileNotFoundError: [Errno 2] No such file or directory: '/home/y/other/run_7/train.csv'");
    assertThat(p.signatureKey()).isEqualTo(q.signatureKey());

    FailureSignature h = crash("RuntimeError: <Model object at 0x7f3a2b1c9d30> is not callable after 3.5e-4 s");
    FailureSignature k = crash("RuntimeError: <Model object at 0x10ffee> is not callable after 12 s");
    assertThat(h.signatureKey()).isEqualTo(k.signatureKey()).contains("<hex>");
  }

  @Test
  void quotedNamesKeepFailuresApart() {
    assertThat(crash("ModuleNotFoundError: No module named 'shap'").signatureKey())
        .isNotEqualTo(crash("ModuleNotFoundError: No module named 'dgl'").signatureKey());
    assertThat(crash("KeyError: 'TP9'").signatureKey()).isEqualTo("KeyError: 'TP9'");
  }

  @Test
  void maskKeepsRatiosAndIdentifiersWithDigits() {
    assertThat(MessageMask.mask("score N/A for sub01 in 8 / 14 items")).isEqualTo("score N/A for sub01 in <n> / <n> items");
    assertThat(MessageMask.mask("  a\n  b  ")).isEqualTo("a b");
    assertThat(MessageMask.mask(null)).isEmpty();
    assertThat(MessageMask.mask("x".repeat(1000))).hasSize(MessageMask.MAX_LENGTH);
  }
}
