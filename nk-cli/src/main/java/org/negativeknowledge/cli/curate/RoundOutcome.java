package org.negativeknowledge.cli.curate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negativeknowledge.curator.FailureArtifacts;

/**
 * Tells a failed round from a passed one by its logs: a round passed only when exec.log says
 * {@code exit_code=0}, eval.log exists with {@code exit_code=0} and its output has a line starting
 * with {@code (1}, {@code True} or {@code PASS}. Everything else counts as failed.
 */
final class RoundOutcome {
  private static final Pattern EXIT = Pattern.compile("(?m)^exit_code=(-?\\d+)");
  private static final Pattern PASS = Pattern.compile("(?m)^\\s*(\\(1[,.)]|True\\b|PASS)");

  private RoundOutcome() {}

  static boolean failed(Path roundDir) {
    try {
      String exec = Files.readString(roundDir.resolve(FailureArtifacts.EXEC_LOG), java.nio.charset.StandardCharsets.ISO_8859_1);
      if (exitCode(exec) != 0) {
        return true;
      }
      Path eval = roundDir.resolve(FailureArtifacts.EVAL_LOG);
      if (!Files.isRegularFile(eval)) {
        return true;
      }
      String e = Files.readString(eval, java.nio.charset.StandardCharsets.ISO_8859_1);
      return exitCode(e) != 0 || !PASS.matcher(e).find();
    } catch (IOException ex) {
      return true;
    }
  }

  private static int exitCode(String log) {
    Matcher m = EXIT.matcher(log);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
