package org.negativeknowledge.bank;

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

/**
 * An import whose every line is rejected keeps a bounded sample of the rejections, so a million
 * of them fit in a JVM limited to 128 MB of heap (issue 11: they ended in OutOfMemoryError).
 */
class ImportMemoryTest {
  private static final int LINES = 1_000_000;

  @TempDir Path tmp;

  @Test
  void aMillionRejectedLinesImportWithXmx128m() throws Exception {
    Path file = tmp.resolve("empty-objects.jsonl");
    byte[] line = "{}\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (int i = 0; i < LINES; i++) {
        out.write(line);
      }
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx128m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    BankWriterMain.class.getName(),
                    "import",
                    tmp.resolve("bank.db").toString(),
                    file.toString()))
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
    String last = output.lines().reduce((a, b) -> b).orElse("");
    assertThat(p.exitValue()).as(last).isZero();
    assertThat(last).isEqualTo("done imported 0, unchanged 0, rejected " + LINES + " (nothing written)");
  }
}
