package org.negativeknowledge.app.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.negativeknowledge.app.operation.ArgumentException;
import org.negativeknowledge.app.operation.Args;
import org.negativeknowledge.curator.FailureArtifacts;

/**
 * The failed rounds of a curation given as arguments ({@code rounds}, see {@code
 * Operations.ROUND}), made into artifact bundles: a round is a folder ({@code dir}), its files
 * ({@code code}, {@code exec_log}, {@code reasoning}, {@code eval_log}) or the texts inline ({@code
 * code_text}, ...; written to a private temporary folder). Paths are checked against a {@link
 * FileAccess}: refused when it reads none; when it is confined to folders, each file is checked (its
 * real path inside an allowed folder, and inside the round folder for {@code dir}; a regular file)
 * and copied, at most {@link FileAccess#MAX_FILE_BYTES} each, into the private folder, so the curator
 * reads a snapshot that no link swapped afterwards can redirect. Close it to delete the private folder.
 */
public final class CurationRounds implements AutoCloseable {
  private final List<FailureArtifacts> rounds;
  private final Path tempDir;

  private CurationRounds(List<FailureArtifacts> rounds, Path tempDir) {
    this.rounds = List.copyOf(rounds);
    this.tempDir = tempDir;
  }

  /**
   * Reads every element of {@code rounds} (each checked against the round operation).
   *
   * @throws ArgumentException when a round is neither a folder, files nor texts
   * @throws FileAccessDeniedException when a path may not be read
   * @throws ArtifactTooLargeException when a confined file is too large
   */
  public static CurationRounds of(List<Args> rounds, FileAccess access) {
    Path temp = null;
    List<FailureArtifacts> out = new ArrayList<>();
    try {
      for (int i = 0; i < rounds.size(); i++) {
        Args r = rounds.get(i);
        String where = "rounds[" + i + "]";
        boolean inline = r.has("code_text") || r.has("exec_log_text");
        if (temp == null && (inline || !access.isUnrestricted())) {
          temp = Files.createTempDirectory("nk-curate-");
        }
        if (inline) {
          out.add(inlineTexts(r, where, Files.createDirectories(temp.resolve("round" + (i + 1)))));
        } else {
          FailureArtifacts f = fromPaths(r, where, access);
          out.add(access.isUnrestricted() ? f : ConfinedCopies.copy(f, where, access, temp.resolve("round" + (i + 1))));
        }
      }
    } catch (IOException e) {
      deleteTree(temp);
      throw new UncheckedIOException("cannot write the artifacts to a temporary folder: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      deleteTree(temp);
      throw e;
    }
    return new CurationRounds(out, temp);
  }

  private static FailureArtifacts inlineTexts(Args r, String where, Path dir) throws IOException {
    if (!r.has("code_text") || !r.has("exec_log_text")) {
      throw new ArgumentException(where, "code_text and exec_log_text (and reasoning_text, eval_log_text)",
          "has only one of code_text, exec_log_text");
    }
    Path code = write(dir, "candidate.py", r.requireText("code_text"));
    Path exec = write(dir, FailureArtifacts.EXEC_LOG, r.requireText("exec_log_text"));
    Path reasoning = write(dir, FailureArtifacts.REASONING, r.text("reasoning_text").orElse("(no reasoning notes)"));
    Optional<Path> eval = r.has("eval_log_text")
        ? Optional.of(write(dir, FailureArtifacts.EVAL_LOG, r.requireText("eval_log_text")))
        : Optional.empty();
    return new FailureArtifacts(code, exec, reasoning, eval, List.of());
  }

  private static FailureArtifacts fromPaths(Args r, String where, FileAccess access) {
    if (r.has("dir")) {
      Path dir = access.directory(where + ".dir", r.requireText("dir"));
      FailureArtifacts f = FailureArtifacts.fromRoundDirectory(dir);
      return access.isUnrestricted() ? f : ConfinedCopies.within(f, dir, where, access);
    }
    if (!r.has("code") || !r.has("exec_log") || !r.has("reasoning")) {
      throw new ArgumentException(where, "a round: {dir}, {code, exec_log, reasoning, eval_log?} or"
          + " {code_text, exec_log_text, reasoning_text?, eval_log_text?}", "names no complete round");
    }
    FailureArtifacts f = FailureArtifacts.of(
        access.regularFile(where + ".code", r.requireText("code")),
        access.regularFile(where + ".exec_log", r.requireText("exec_log")),
        access.regularFile(where + ".reasoning", r.requireText("reasoning")));
    if (r.has("eval_log")) {
      f = f.withEvalLog(access.regularFile(where + ".eval_log", r.requireText("eval_log")));
    }
    return f;
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** The failed rounds, oldest first (their files exist until {@link #close()}). */
  public List<FailureArtifacts> rounds() {
    return rounds;
  }

  /** Deletes the private folder of inline texts and confined copies. */
  @Override
  public void close() {
    deleteTree(tempDir);
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temporary folder is harmless; the curation's result is what matters
    }
  }
}
