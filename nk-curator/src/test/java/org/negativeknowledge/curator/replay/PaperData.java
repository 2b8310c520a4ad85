package org.negativeknowledge.curator.replay;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the paper's shared data lies: system property {@code nk.shared.dir}, else {@code ../shared}. */
public final class PaperData {
  private PaperData() {}

  /** The {@code nk-paper} folder, when present. */
  public static Optional<Path> paperDir() {
    String prop = System.getProperty("nk.shared.dir");
    Path shared = prop != null ? Path.of(prop) : Path.of("..", "shared");
    Path paper = shared.resolve("nk-paper");
    if (Files.isDirectory(paper)) {
      return Optional.of(paper);
    }
    Path alt = Path.of("..", "..", "shared", "nk-paper");
    return Files.isDirectory(alt) ? Optional.of(alt) : Optional.empty();
  }

  /** The section-3 curator audit folder, when present. */
  public static Optional<Path> curatorAuditDir() {
    return paperDir().map(p -> p.resolve("section3/curator_audit")).filter(Files::isDirectory);
  }
}
