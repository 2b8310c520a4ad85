package org.negativeknowledge.bank.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that fails while the model loads in the background waits for the load and exits with
 * its own status: exiting during the load crashed it in ONNX Runtime's native code (status 134),
 * since ONNX Runtime's shutdown hook frees its environment while the session is being opened.
 */
class ExitWhileLoadingTest {

  @TempDir Path tmp;

  @Test
  void failingWhileTheModelLoadsKeepsTheExitStatus() throws Exception {
    assertThat(run("embed")).isZero(); // fills this test's resource cache
    for (String afterMs : List.of("0", "100", "200", "300", "400", "500", "600")) {
      assertThat(run(afterMs)).as("exit %s ms after the load started", afterMs).isEqualTo(3);
    }
  }

  private int run(String arg) throws IOException, InterruptedException {
    Path log = tmp.resolve("stderr-" + arg + ".txt");
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ExitWhileLoadingMain.class.getName(), arg)
        .directory(tmp.toFile())
        .redirectError(log.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    Process p = pb.start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the process did not exit within 60 s");
    }
    int status = p.exitValue();
    if (status != 0 && status != 3) {
      System.err.println(Files.readString(log));
    }
    return status;
  }
}
