package org.negativeknowledge.curator.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.negativeknowledge.curator.ArtifactPaths;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.internal.Causes;

/**
 * Decides which paths a model's {@code Read} and {@code Write} tool calls may touch: the bundle's
 * files for reading, the one output path for writing, once. Paths are compared as canonical real
 * paths (symlinks resolved, {@code ..} removed), so a traversal, a symlink pointing out of the
 * bundle or an absolute path elsewhere is refused. A bundle file must itself be a regular file
 * inside its round folder ({@link ArtifactPaths#confine(Path)}). A refused read gets the same
 * answer whether the path exists or not and never says where a link points. Relative paths resolve
 * against the base directory (the first round's directory).
 *
 * <p>Not thread-safe: one sandbox serves one curation.
 */
public final class ToolSandbox {

  private final Path baseDir;
  private final Set<Path> readable;
  private final Path writeDir;
  private final Path writeTarget;
  private boolean written;

  private ToolSandbox(Path baseDir, Set<Path> readable, Path writeDir, Path writeTarget) {
    this.baseDir = baseDir;
    this.readable = readable;
    this.writeDir = writeDir;
    this.writeTarget = writeTarget;
  }

  /**
   * A sandbox over these readable files and this one writable output.
   *
   * @param baseDir directory relative paths resolve against
   * @param readableFiles the bundle's files; each must be a regular file inside its folder
   * @param output the output path; its directory must exist, the file itself need not
   * @throws org.negativeknowledge.curator.ArtifactRefusedException when a bundle file is not a
   *     regular file inside its folder (a link leading out, a FIFO, a missing file)
   * @throws CuratorException when the output directory does not exist
   */
  public static ToolSandbox of(Path baseDir, List<Path> readableFiles, Path output) {
    Set<Path> real = new LinkedHashSet<>();
    for (Path p : readableFiles) {
      real.add(ArtifactPaths.confine(p));
    }
    Path abs = output.toAbsolutePath().normalize();
    Path dir = realPath(abs.getParent(), "output directory");
    return new ToolSandbox(
        realPath(baseDir, "base directory"), Set.copyOf(real), dir, dir.resolve(abs.getFileName()));
  }

  private static Path realPath(Path p, String what) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      throw new CuratorException(p + ": " + what + " does not exist or cannot be resolved: " + Causes.chain(e), e);
    }
  }

  /** The readable files as canonical real paths, in bundle order. */
  public Set<Path> readable() {
    return readable;
  }

  /** The one writable path (canonical directory plus file name). */
  public Path writeTarget() {
    return writeTarget;
  }

  /** True once a write was granted. */
  public boolean written() {
    return written;
  }

  /**
   * Checks a read.
   *
   * @return the canonical real path to read
   * @throws SandboxViolation when the path is outside the bundle, does not exist or is malformed
   */
  public Path checkRead(String requested) {
    Path resolved = resolve(requested);
    Path real;
    try {
      real = resolved.toRealPath();
    } catch (IOException e) {
      real = null;
    }
    if (real == null || !readable.contains(real)) {
      throw new SandboxViolation(
          "Read refused: " + requested + " is not one of the bundle's files; readable files are " + readable);
    }
    return real;
  }

  /**
   * Checks a write: the path must be the output and no write may have been granted yet. A caller
   * that accepts the written content calls {@link #markWritten()}; until then the write is unused
   * (a rejected content may be written again).
   *
   * @return the path the caller will write (atomically)
   * @throws SandboxViolation for another path, a symlinked target, or a second write
   */
  public Path checkWrite(String requested) {
    if (written) {
      throw new SandboxViolation(
          "Write refused: the output " + writeTarget + " was already written; only one write is allowed");
    }
    Path resolved = resolve(requested).toAbsolutePath().normalize();
    Path parent = resolved.getParent();
    Path realParent;
    try {
      realParent = parent == null ? null : parent.toRealPath();
    } catch (IOException e) {
      realParent = null;
    }
    if (realParent == null
        || !realParent.resolve(resolved.getFileName()).equals(writeTarget)) {
      throw new SandboxViolation(
          "Write refused: " + requested + " is not the output path; write only to " + writeTarget);
    }
    if (Files.isSymbolicLink(writeTarget)
        || (Files.exists(writeTarget, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(writeTarget, LinkOption.NOFOLLOW_LINKS))) {
      throw new SandboxViolation(
          "Write refused: " + writeTarget + " exists and is not a regular file (a symlink or a directory)");
    }
    return writeTarget;
  }

  /** Uses up the one write: every later {@link #checkWrite(String)} is refused. */
  public void markWritten() {
    written = true;
  }

  private Path resolve(String requested) {
    if (requested == null || requested.isBlank()) {
      throw new SandboxViolation("refused: the tool call names no file_path");
    }
    try {
      return baseDir.resolve(requested);
    } catch (InvalidPathException e) {
      throw new SandboxViolation("refused: " + requested + " is not a valid path: " + e.getReason());
    }
  }

  /** The directory relative paths resolve against. */
  public Path baseDir() {
    return baseDir;
  }

  /** The output's canonical directory. */
  public Path writeDir() {
    return writeDir;
  }
}
