package org.negativeknowledge.app.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which files of this machine a curation may read by path: any ({@link #unrestricted()}, for
 * {@code nk mcp}, whose client is the local user's own agent), none ({@link #none()}: artifacts must
 * be sent inline), or the regular files inside given folders ({@link #within}, {@code nk serve
 * --allow-dir DIR}).
 *
 * <p>Inside folders, a path must be absolute, and both its written form and its real path (every
 * symbolic link resolved) must lie inside an allowed folder; devices, FIFOs and directories are
 * refused where a file is expected. Every refusal reads the same, whatever the reason (outside,
 * missing, a link pointing out, not a regular file), so it reveals nothing about files outside the
 * folders. Immutable and thread-safe.
 */
public final class FileAccess {
  /** The largest artifact file a confined curation reads (8 MiB). */
  public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

  private enum Mode { ANY, NONE, WITHIN }

  /** An allowed folder as written (absolute, normalised) and as its real path. */
  private record Folder(Path written, Path real) {}

  private final Mode mode;
  private final List<Folder> folders;

  private FileAccess(Mode mode, List<Folder> folders) {
    this.mode = mode;
    this.folders = List.copyOf(folders);
  }

  /** Any file the process can read (stdio: the client is the local user's agent). */
  public static FileAccess unrestricted() {
    return new FileAccess(Mode.ANY, List.of());
  }

  /** No file at all: artifacts arrive inline. */
  public static FileAccess none() {
    return new FileAccess(Mode.NONE, List.of());
  }

  /**
   * Regular files inside {@code dirs} only; no folder means {@link #none()}.
   *
   * @throws IllegalArgumentException when a folder does not exist or is not a directory
   */
  public static FileAccess within(Collection<Path> dirs) {
    if (dirs.isEmpty()) {
      return none();
    }
    List<Folder> fs = new ArrayList<>();
    for (Path d : dirs) {
      Path abs = d.toAbsolutePath().normalize();
      try {
        Path real = abs.toRealPath();
        if (!Files.isDirectory(real)) {
          throw new IllegalArgumentException("allowed folder " + d + " is not a directory");
        }
        fs.add(new Folder(abs, real));
      } catch (IOException e) {
        throw new IllegalArgumentException("allowed folder " + d + " does not exist or cannot be read ("
            + e.getMessage() + ")");
      }
    }
    return new FileAccess(Mode.WITHIN, fs);
  }

  /** Whether paths are accepted at all. */
  public boolean readsPaths() {
    return mode != Mode.NONE;
  }

  /** Whether every readable path is accepted (no confinement, no size bound). */
  public boolean isUnrestricted() {
    return mode == Mode.ANY;
  }

  /** The allowed folders (real paths); empty unless confined to folders. */
  public List<Path> folders() {
    return folders.stream().map(Folder::real).toList();
  }

  /**
   * The real path of the regular file {@code given}, checked against this access.
   *
   * @param where the argument it came from, for messages (e.g. {@code rounds[0].exec_log})
   * @throws FileAccessDeniedException when the file may not be read
   */
  public Path regularFile(String where, String given) {
    return check(where, given, false);
  }

  /** The real path of the directory {@code given}, checked like {@link #regularFile}. */
  public Path directory(String where, String given) {
    return check(where, given, true);
  }

  /** Whether {@code real} (a real path) lies inside an allowed folder; always true when unrestricted. */
  public boolean contains(Path real) {
    return mode == Mode.ANY || (mode == Mode.WITHIN && folders.stream().anyMatch(f -> real.startsWith(f.real())));
  }

  private Path check(String where, String given, boolean dir) {
    if (mode == Mode.NONE) {
      throw new FileAccessDeniedException(where, where + ": no file is read by path here; the artifacts must come inline"
          + " (code_text, exec_log_text, reasoning_text, eval_log_text)");
    }
    Path p;
    try {
      p = Path.of(given);
    } catch (InvalidPathException e) {
      throw refused(where, given, dir);
    }
    if (mode == Mode.ANY) {
      return p;
    }
    if (!p.isAbsolute()) {
      throw new org.negativeknowledge.app.operation.ArgumentException(where, "an absolute path inside " + describeFolders(),
          "is the relative path '" + given + "'");
    }
    Path lexical = p.normalize();
    if (folders.stream().noneMatch(f -> lexical.startsWith(f.written()) || lexical.startsWith(f.real()))) {
      throw refused(where, given, dir);
    }
    try {
      Path real = lexical.toRealPath();
      BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!contains(real) || (dir ? !a.isDirectory() : !a.isRegularFile())) {
        throw refused(where, given, dir);
      }
      return real;
    } catch (IOException e) {
      throw refused(where, given, dir);
    }
  }

  private FileAccessDeniedException refused(String where, String given, boolean dir) {
    return new FileAccessDeniedException(where, where + ": '" + given + "' is not a " + (dir ? "directory" : "regular file")
        + " inside " + describeFolders());
  }

  private String describeFolders() {
    return "the folders that may be read (" + folders.stream().map(f -> f.written().toString())
        .collect(Collectors.joining(", ")) + ")";
  }

  @Override
  public String toString() {
    return switch (mode) {
      case ANY -> "FileAccess[any]";
      case NONE -> "FileAccess[none]";
      case WITHIN -> "FileAccess[within " + folders() + "]";
    };
  }
}
