package org.negativeknowledge.app.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import org.negativeknowledge.curator.FailureArtifacts;

/**
 * The artifact files of a confined curation: checked to stay inside their round directory and the
 * allowed folders, then copied, with a bound on their size, into the curation's private directory.
 */
final class ConfinedCopies {
  private static final Set<String> RESERVED =
      Set.of(FailureArtifacts.EXEC_LOG, FailureArtifacts.REASONING, FailureArtifacts.EVAL_LOG);

  private ConfinedCopies() {}

  /**
   * The artifacts of the round directory {@code dir} (a real path) with every file resolved to its
   * real path, which must lie inside {@code dir} and the allowed folders.
   */
  static FailureArtifacts within(FailureArtifacts f, Path dir, String where, FileAccess access) {
    return new FailureArtifacts(
        inside(f.code(), dir, where, access),
        inside(f.execLog(), dir, where, access),
        inside(f.reasoning(), dir, where, access),
        f.evalLog().map(p -> inside(p, dir, where, access)),
        f.extraFiles().stream().map(p -> inside(p, dir, where, access)).toList());
  }

  private static Path inside(Path file, Path dir, String where, FileAccess access) {
    try {
      Path real = file.toRealPath();
      BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (real.startsWith(dir) && access.contains(real) && a.isRegularFile()) {
        return real;
      }
    } catch (IOException e) {
      // refused below, without saying why: the reason could reveal a file outside the folders
    }
    throw new FileAccessDeniedException(where + ".dir", where + ".dir: '" + dir.relativize(file.toAbsolutePath().normalize())
        + "' is not a regular file inside the round directory " + dir);
  }

  /** Copies of {@code f}'s files in {@code target}, each at most {@link FileAccess#MAX_FILE_BYTES}. */
  static FailureArtifacts copy(FailureArtifacts f, String where, FileAccess access, Path target) throws IOException {
    Files.createDirectories(target);
    String codeName = f.code().getFileName().toString();
    if (RESERVED.contains(codeName)) {
      codeName = "candidate" + extension(codeName);
    }
    Path code = copyOne(f.code(), target.resolve(codeName), where);
    Path exec = copyOne(f.execLog(), target.resolve(FailureArtifacts.EXEC_LOG), where);
    Path reasoning = copyOne(f.reasoning(), target.resolve(FailureArtifacts.REASONING), where);
    Optional<Path> eval = Optional.empty();
    if (f.evalLog().isPresent()) {
      eval = Optional.of(copyOne(f.evalLog().get(), target.resolve(FailureArtifacts.EVAL_LOG), where));
    }
    return new FailureArtifacts(code, exec, reasoning, eval, java.util.List.of());
  }

  private static Path copyOne(Path source, Path dest, String where) throws IOException {
    InputStream opened;
    try {
      opened = Files.newInputStream(source, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new FileAccessDeniedException(where, where + ": cannot read '" + source + "'");
    }
    try (InputStream in = opened;
        OutputStream out = Files.newOutputStream(dest)) {
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        total += n;
        if (total > FileAccess.MAX_FILE_BYTES) {
          throw new ArtifactTooLargeException(where + ": '" + source + "' is larger than " + FileAccess.MAX_FILE_BYTES
              + " bytes; an excerpt can come inline (code_text, exec_log_text, reasoning_text, eval_log_text)",
              FileAccess.MAX_FILE_BYTES);
        }
        out.write(buf, 0, n);
      }
    }
    return dest;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot);
  }
}
