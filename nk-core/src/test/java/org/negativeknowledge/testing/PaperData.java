package org.negativeknowledge.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the paper's released data ({@code ../shared/nk-paper/} from the project root) for
 * tests. The data is never copied into the project; tests that need it call {@link #root()},
 * which skips the test with a clear message when the folder is absent.
 */
public final class PaperData {
  private PaperData() {}

  /** The shared folder: system property {@code nk.shared.dir}, else {@code ../shared} upwards. */
  public static Path sharedDir() {
    String prop = System.getProperty("nk.shared.dir");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolve("../shared").normalize();
      if (Files.isDirectory(candidate.resolve("nk-paper"))) {
        return candidate;
      }
    }
    return Path.of("../shared").toAbsolutePath().normalize();
  }

  /** The paper's data folder; skips the calling test when it is absent. */
  public static Path root() {
    Path root = sharedDir().resolve("nk-paper");
    Assumptions.assumeTrue(
        Files.isDirectory(root),
        "skipped: the paper's data folder ../shared/nk-paper is absent (" + root + ")");
    return root;
  }

  /**
   * A folder inside the paper's data, when present; for code that is not a test (benchmarks) or
   * that reports the absence itself.
   */
  public static Optional<Path> find(String relative) {
    Path dir = sharedDir().resolve("nk-paper").resolve(relative).normalize();
    return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
  }

  /** A path inside the paper's data; skips the calling test when the data is absent. */
  public static Path resolve(String relative) {
    return root().resolve(relative);
  }

  /** The autoresearch run logs folder ({@code ../shared/autoresearch-runs}); skips when absent. */
  public static Path autoresearchRuns() {
    Path dir = sharedDir().resolve("autoresearch-runs");
    Assumptions.assumeTrue(
        Files.isDirectory(dir), "skipped: ../shared/autoresearch-runs is absent (" + dir + ")");
    return dir;
  }

  /**
   * The AutoResearch results logs ({@code *.tsv}) of {@link #autoresearchRuns()}, without the
   * judged-repeat files ({@code *.repeats.tsv}) beside some of them, sorted.
   */
  public static List<Path> resultsLogs() {
    return files(autoresearchRuns(), ".tsv").stream()
        .filter(p -> !p.getFileName().toString().endsWith(".repeats.tsv"))
        .toList();
  }

  /** Every regular file under {@code dir} whose name ends with one of the suffixes, sorted. */
  public static List<Path> files(Path dir, String... suffixes) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> Stream.of(suffixes).anyMatch(x -> p.getFileName().toString().endsWith(x)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
