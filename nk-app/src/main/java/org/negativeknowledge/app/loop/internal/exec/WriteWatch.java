package org.negativeknowledge.app.loop.internal.exec;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run changed outside its workspace, in the folders that can be watched: a snapshot (size
 * and modification time of every file and folder, symbolic links not followed) of each watched
 * root before the run, compared with one after it. A change made and undone within the run, or a
 * change outside the watched roots, is not seen.
 */
final class WriteWatch {
  /** Entries read per root at most; a larger root is watched in part and says so. */
  static final int MAX_ENTRIES = 50_000;

  private record Stamp(long size, long modified, boolean dir) {}

  private final List<Path> roots;
  private final Path excluded;
  private final Map<Path, Stamp> before;
  private boolean truncated;

  private WriteWatch(List<Path> roots, Path excluded) {
    this.roots = List.copyOf(roots);
    this.excluded = excluded;
    this.before = snapshot();
  }

  /** Takes the snapshot of {@code roots}, leaving {@code excluded} (the workspace) out. */
  static WriteWatch start(List<Path> roots, Path excluded) {
    return new WriteWatch(roots, excluded.toAbsolutePath().normalize());
  }

  /** The changes since the snapshot, one line each ({@code created: PATH}), sorted. */
  List<String> changes() {
    Map<Path, Stamp> after = snapshot();
    List<String> out = new ArrayList<>();
    for (Map.Entry<Path, Stamp> e : after.entrySet()) {
      Stamp b = before.get(e.getKey());
      if (b == null) {
        out.add("created: " + e.getKey());
      } else if (!b.dir() && !b.equals(e.getValue())) {
        out.add("modified: " + e.getKey());
      }
    }
    for (Path p : before.keySet()) {
      if (!after.containsKey(p)) {
        out.add("deleted: " + p);
      }
    }
    out.sort(null);
    return out;
  }

  /** The watched roots, in words, for the log. */
  String describe() {
    return "watched " + roots + (truncated ? " (in part: more than " + MAX_ENTRIES + " entries)" : "");
  }

  private Map<Path, Stamp> snapshot() {
    Map<Path, Stamp> map = new HashMap<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      int[] count = {0};
      try {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.toAbsolutePath().normalize().equals(excluded)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return record(dir, attrs);
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            return record(file, attrs);
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }

          private FileVisitResult record(Path p, BasicFileAttributes a) {
            if (++count[0] > MAX_ENTRIES) {
              truncated = true;
              return FileVisitResult.TERMINATE;
            }
            map.put(p.toAbsolutePath().normalize(), new Stamp(a.isDirectory() ? 0 : a.size(),
                a.lastModifiedTime().toMillis(), a.isDirectory()));
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        truncated = true;
      }
    }
    return map;
  }
}
