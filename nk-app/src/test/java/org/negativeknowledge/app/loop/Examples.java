package org.negativeknowledge.app.loop;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The example tasks shipped in {@code examples/loop} of the repository. */
final class Examples {
  private Examples() {}

  /** The folder, found upwards from the working directory. */
  static Path dir() {
    Path d = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && d != null; i++, d = d.getParent()) {
      Path p = d.resolve("examples/loop");
      if (Files.isRegularFile(p.resolve("revenue/task.json"))) {
        return p;
      }
    }
    Assumptions.abort("skipped: examples/loop is not found above " + Path.of("").toAbsolutePath());
    return null;
  }

  /** The scripted solver's command line. */
  static String scriptedSolver() {
    return "python3 " + dir().resolve("scripted/solver.py");
  }
}
