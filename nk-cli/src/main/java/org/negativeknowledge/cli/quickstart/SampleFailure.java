package org.negativeknowledge.cli.quickstart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample failed attempt that {@code nk quickstart} curates. It is written for this project
 * ({@code examples/quickstart} in the repository) and ships inside the jar, so the quickstart runs
 * from any folder and from the jar alone.
 */
public final class SampleFailure {

  /** The sample's files, relative to its folder: the task and one failed round. */
  public static final List<String> FILES =
      List.of("task.md", "round1/candidate.py", "round1/exec.log", "round1/reasoning.md");

  private static final String RESOURCE_ROOT = "sample/";

  private SampleFailure() {}

  /**
   * Writes the bundled sample into {@code dir} ({@code task.md} and {@code round1/}) and returns
   * {@code dir}.
   *
   * @throws IOException when a file cannot be written
   * @throws IllegalStateException when the jar lacks a sample file (a broken build)
   */
  public static Path extractTo(Path dir) throws IOException {
    for (String name : FILES) {
      Path target = dir.resolve(name);
      Files.createDirectories(target.getParent());
      try (InputStream in = SampleFailure.class.getResourceAsStream(RESOURCE_ROOT + name)) {
        if (in == null) {
          throw new IllegalStateException(
              "the sample file " + name + " is missing from this build of nk; rebuild it with"
                  + " mvn -B package -DskipTests");
        }
        Files.copy(in, target);
      }
    }
    return dir;
  }
}
