package org.negativeknowledge.app.loop.internal.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The processes of one run: the child and its descendants, and (on Linux, through {@code /proc})
 * every process in the child's session or carrying the run's marker in its environment, which
 * finds children that were re-parented after their parent exited. Stateless; every call reads the
 * process table afresh.
 */
final class ProcessTree {
  private static final Path PROC = Path.of("/proc");

  private final ProcessHandle root;
  private final String markerEntry;

  ProcessTree(ProcessHandle root, String marker) {
    this.root = root;
    this.markerEntry = ChildEnvironment.MARKER + "=" + marker;
  }

  /** Whether {@code /proc} can be read (Linux). */
  static boolean procAvailable() {
    return Files.isDirectory(PROC.resolve("self"));
  }

  /** The child (while alive) and its living descendants: cheap, for the watchdog's polls. */
  Set<Long> descendants() {
    Set<Long> pids = new LinkedHashSet<>();
    if (root.isAlive()) {
      pids.add(root.pid());
    }
    root.descendants().forEach(p -> pids.add(p.pid()));
    return pids;
  }

  /**
   * Every process of the run: descendants, the child's session, and processes carrying the marker.
   * Reads the whole process table.
   */
  Set<Long> all() {
    Set<Long> pids = descendants();
    if (!procAvailable()) {
      return pids;
    }
    long self = ProcessHandle.current().pid();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(PROC)) {
      for (Path p : ds) {
        String name = p.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        long pid = Long.parseLong(name);
        if (pid == self || pids.contains(pid)) {
          continue;
        }
        if (session(p) == root.pid() || carriesMarker(p)) {
          pids.add(pid);
        }
      }
    } catch (IOException e) {
      return pids;
    }
    return pids;
  }

  /** The resident memory of the processes, in bytes (0 where it cannot be read). */
  static long residentBytes(Set<Long> pids) {
    long sum = 0;
    for (long pid : pids) {
      try {
        for (String line : Files.readAllLines(PROC.resolve(Long.toString(pid)).resolve("status"), StandardCharsets.ISO_8859_1)) {
          if (line.startsWith("VmRSS:")) {
            sum += Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            break;
          }
        }
      } catch (IOException | NumberFormatException gone) {
        // the process ended between listing and reading
      }
    }
    return sum;
  }

  /**
   * Kills the processes and waits (up to two seconds) until they are gone or zombies; returns how
   * many were running.
   */
  static int kill(Set<Long> pids) {
    int killed = 0;
    for (long pid : pids) {
      var h = ProcessHandle.of(pid);
      if (h.isPresent() && running(pid) && h.get().destroyForcibly()) {
        killed++;
      }
    }
    long deadline = System.nanoTime() + 2_000_000_000L;
    while (System.nanoTime() < deadline && pids.stream().anyMatch(ProcessTree::running)) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return killed;
  }

  /** Whether the process exists and is not a zombie (a zombie has ended, only its parent has not reaped it). */
  static boolean running(long pid) {
    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      return !procAvailable() || state(PROC.resolve(Long.toString(pid))) != 'Z';
    }
    return false;
  }

  private static char state(Path procDir) {
    try {
      String stat = Files.readString(procDir.resolve("stat"), StandardCharsets.ISO_8859_1);
      return stat.charAt(stat.lastIndexOf(')') + 2);
    } catch (IOException | RuntimeException gone) {
      return 'X';
    }
  }

  /** The process ids, for a message. */
  static String list(Set<Long> pids) {
    return pids.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static long session(Path procDir) {
    try {
      String stat = Files.readString(procDir.resolve("stat"), StandardCharsets.ISO_8859_1);
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[3]);
    } catch (IOException | RuntimeException gone) {
      return -1;
    }
  }

  private boolean carriesMarker(Path procDir) {
    try {
      byte[] env = Files.readAllBytes(procDir.resolve("environ"));
      return new String(env, StandardCharsets.ISO_8859_1).contains(markerEntry);
    } catch (IOException | SecurityException unreadable) {
      return false;
    }
  }
}
