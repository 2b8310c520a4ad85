package org.negativeknowledge.app.loop;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Whether {@code python3} runs here; tests that need it skip with a message when it does not. */
final class Python {
  private static final boolean PRESENT = probe();

  private Python() {}

  static void assumePresent() {
    Assumptions.assumeTrue(PRESENT, "skipped: python3 is not on the PATH; the example tasks and the"
        + " executor tests run Python candidates");
  }

  private static boolean probe() {
    try {
      Process p = new ProcessBuilder("python3", "-c", "print(1)").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
