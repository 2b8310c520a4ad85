package org.negativeknowledge.curator.offline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.negativeknowledge.curator.FailureArtifacts;

/** Writes a small round directory (code, exec log, optional eval log, notes) for a test. */
final class RoundFixture {

  private final Path dir;
  private String code = "import numpy as np\nprint(np.zeros(3))\n";
  private String execLog = completed("done");
  private String evalLog;
  private String reasoning = "# Reasoning\n\n## Approach\nCompute the result and save it.\n";

  private RoundFixture(Path dir) {
    this.dir = dir;
  }

  static RoundFixture in(Path dir) {
    return new RoundFixture(dir);
  }

  RoundFixture code(String text) {
    this.code = text;
    return this;
  }

  RoundFixture execLog(String text) {
    this.execLog = text;
    return this;
  }

  RoundFixture evalLog(String text) {
    this.evalLog = text;
    return this;
  }

  RoundFixture reasoning(String text) {
    this.reasoning = text;
    return this;
  }

  FailureArtifacts write() throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("candidate.py"), code, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("exec.log"), execLog, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("reasoning.md"), reasoning, StandardCharsets.UTF_8);
    if (evalLog != null) {
      Files.writeString(dir.resolve("eval.log"), evalLog, StandardCharsets.UTF_8);
    }
    return FailureArtifacts.fromRoundDirectory(dir);
  }

  /** The log of a run that stopped with {@code exception} raised on {@code source} (line 3 of candidate.py). */
  static String crash(String exception, String source) {
    return "exit_code=1\nduration_sec=1.0\n--- stdout ---\n\n--- stderr ---\nTraceback (most recent call last):\n"
        + "  File \"/srv/task/candidate.py\", line 3, in <module>\n    " + source + "\n" + exception + "\n";
  }

  /** The log of a run that completed and printed {@code stdout}. */
  static String completed(String stdout) {
    return "exit_code=0\nduration_sec=2.0\n--- stdout ---\n" + stdout + "\n\n--- stderr ---\n\n";
  }

  /** The log of an evaluator that crashed with {@code exception} while reading the output. */
  static String evaluatorCrash(String exception) {
    return "exit_code=1\nduration_sec=0.5\n--- stdout ---\n\n--- stderr ---\nTraceback (most recent call last):\n"
        + "  File \"/srv/task/_eval.py\", line 9, in eval\n    pred = read_output()\n" + exception + "\n";
  }

  /** The log of an evaluator that printed {@code verdict} (e.g. {@code (0, '3 / 10')} or {@code False}). */
  static String evaluatorVerdict(String verdict) {
    return "exit_code=0\nduration_sec=0.5\n--- stdout ---\n" + verdict + "\n\n--- stderr ---\n\n";
  }
}
