package org.negativeknowledge.cli.quickstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deletes a temporary folder the quickstart made, with everything in it. */
final class TemporaryFolder {
  private TemporaryFolder() {}

  /** Deletes {@code dir} and its content, deepest first; a folder already gone is fine. */
  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary folder " + dir + ": " + e.getMessage(), e);
    }
  }
}
