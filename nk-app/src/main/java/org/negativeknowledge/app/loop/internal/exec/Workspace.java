package org.negativeknowledge.app.loop.internal.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.LoopTask;

/**
 * An attempt's workspace: a fresh copy of the task's workspace folder (symbolic links copied as
 * links) in {@code ATTEMPT/workspace}, with the candidate files written into it.
 */
public final class Workspace {
  /** The workspace's folder name inside an attempt's folder. */
  public static final String DIR = "workspace";

  private Workspace() {}

  /**
   * Creates the workspace afresh (removing an old one left by an interrupted run).
   *
   * @throws LoopException when a candidate path leaves the workspace
   */
  public static Path prepare(LoopTask task, Path attemptDir, Map<String, String> files) {
    Path ws = attemptDir.resolve(DIR).toAbsolutePath().normalize();
    try {
      delete(ws);
      Files.createDirectories(ws);
      if (task.workspace().isPresent()) {
        copy(task.workspace().get(), ws);
      }
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path target = inside(ws, f.getKey(), task);
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
      }
      Files.createDirectories(ws.resolve(".tmp"));
    } catch (IOException e) {
      throw new UncheckedIOException(ws + ": cannot prepare the workspace: " + e.getMessage(), e);
    }
    return ws;
  }

  /** {@code relative} inside {@code root}, or an error naming the path. */
  public static Path inside(Path root, String relative, LoopTask task) {
    Path p = root.resolve(relative).normalize();
    if (Path.of(relative).isAbsolute() || !p.startsWith(root) || p.equals(root)) {
      throw new LoopException("task " + task.id() + ": the solver's file '" + relative
          + "' is not a path inside the workspace; candidate files are named relative to it");
    }
    return p;
  }

  /** Deletes a folder tree if it exists (symbolic links removed, not followed). */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.copy(file, to.resolve(from.relativize(file).toString()), LinkOption.NOFOLLOW_LINKS,
            StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
