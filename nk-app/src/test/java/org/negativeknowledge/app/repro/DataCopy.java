package org.negativeknowledge.app.repro;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.negativeknowledge.testing.PaperData;

/**
 * Copies the parts of the paper's data that a study's claims read into a test's temporary folder,
 * so a test can change them; the shared copy is never written.
 */
final class DataCopy {
  private DataCopy() {}

  /** Section 3 without the curator audits and curator dispatch logs (no claim reads them). */
  static Path section3(Path target) {
    Path root = PaperData.root();
    for (String part : new String[] {"tasks", "baseline_results", "dispatches", "nk_records",
        "self_debug_inputs", "solver_tokens.csv", "memory_tokens.json", "b2_covering_bytes.json"}) {
      copy(root.resolve("section3").resolve(part), target.resolve("section3").resolve(part));
    }
    return target;
  }

  /** Section 4, whole (3 MB). */
  static Path section4(Path target) {
    copy(PaperData.root().resolve("section4"), target.resolve("section4"));
    return target;
  }

  /** The appendix, whole (3.4 MB). */
  static Path appendix(Path target) {
    copy(PaperData.root().resolve("appendix"), target.resolve("appendix"));
    return target;
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.createDirectories(dest.getParent());
          Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
