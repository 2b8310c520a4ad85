package org.negativeknowledge.validation.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A million-line JSONL validates in a JVM limited to 256 MB of heap. */
class ConstantMemoryTest {
  private static final int LINES = 1_000_000;

  @TempDir Path dir;

  @Test
  void aMillionLinesValidateWithXmx256m() throws Exception {
    Path file = dir.resolve("million.jsonl");
    byte[] valid = (RecordSourceValidatorTest.VALID + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] driftedLine =
        (RecordSourceValidatorTest.VALID.replace("local_failure", "regime_bound") + "\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] malformedLine = "{\"task_id\": \n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (int i = 0; i < LINES; i++) {
        out.write(i % 1000 == 7 ? malformedLine : i % 10 == 3 ? driftedLine : valid);
      }
    }

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx256m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    CountingValidationMain.class.getName(),
                    file.toString()))
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    // 1000 malformed lines; of the rest every tenth has a drifted scope
    long malformedLines = LINES / 1000;
    long drifted = LINES / 10;
    assertThat(output.trim())
        .isEqualTo(
            LINES + " records, " + (LINES - malformedLines - drifted) + " valid, "
                + (malformedLines + drifted) + " invalid, " + (malformedLines + drifted)
                + " issues, 0 unreadable");
  }
}
