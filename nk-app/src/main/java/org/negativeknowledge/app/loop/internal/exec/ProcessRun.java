package org.negativeknowledge.app.loop.internal.exec;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.negativeknowledge.app.loop.LoopException;

/**
 * One child process under watch: its output drained and capped, and its whole process tree killed
 * when it runs out of time, memory, output or processes, and when it exits leaving processes
 * behind.
 */
public final class ProcessRun {
  private static final long POLL_MILLIS = 50;

  /**
   * The limits of one run.
   *
   * @param time wall-clock limit
   * @param residentBytes resident memory of the whole tree
   * @param outputBytes bytes per output stream
   * @param maxProcesses processes in the tree
   * @param keptBytes head and tail kept of each stream
   */
  public record Limits(Duration time, long residentBytes, long outputBytes, int maxProcesses, int keptBytes) {}

  /**
   * How the run went.
   *
   * @param exitCode the exit code (128 + signal when a signal ended it)
   * @param duration wall-clock time
   * @param stdout the kept standard output
   * @param stderr the kept standard error
   * @param stops short names of the limits that stopped it ({@code time limit 60 s})
   * @param stopLines the same, as sentences for the log
   * @param leftovers processes left behind after a clean exit, killed
   * @param largestTree the most processes the watchdog saw in the tree at once
   */
  public record Result(int exitCode, Duration duration, String stdout, String stderr, List<String> stops,
      List<String> stopLines, int leftovers, int largestTree) {}

  private ProcessRun() {}

  /** Runs {@code argv} with nothing on standard input. */
  static Result run(List<String> argv, Path cwd, Map<String, String> env, String marker, Limits limits) {
    return run(argv, cwd, env, marker, limits, null);
  }

  /**
   * Runs {@code argv} in {@code cwd} with exactly {@code env} (which must carry {@code marker} as
   * {@value ChildEnvironment#MARKER}), feeding {@code stdin} (or nothing, when null).
   *
   * @throws LoopException when the process cannot be started
   */
  public static Result run(List<String> argv, Path cwd, Map<String, String> env, String marker, Limits limits,
      byte[] stdin) {
    ProcessBuilder pb = new ProcessBuilder(argv).directory(cwd.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    pb.environment().put(ChildEnvironment.MARKER, marker);
    if (stdin == null) {
      pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }
    long start = System.nanoTime();
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new LoopException("cannot start " + argv.get(0) + " in " + cwd + ": " + e.getMessage(), e);
    }
    if (stdin != null) {
      feed(p, stdin);
    }
    StreamCapture out = StreamCapture.start("stdout", p.getInputStream(), limits.keptBytes());
    StreamCapture err = StreamCapture.start("stderr", p.getErrorStream(), limits.keptBytes());
    ProcessTree tree = new ProcessTree(p.toHandle(), marker);
    List<String> stops = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    int[] largest = {1};
    try {
      watch(p, tree, out, err, limits, start, stops, lines, largest);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ProcessTree.kill(tree.all());
      p.destroyForcibly();
      throw new LoopException("interrupted while running " + argv.get(argv.size() - 1));
    }
    int exit = p.exitValue();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    int leftovers = stops.isEmpty() ? ProcessTree.kill(tree.all()) : 0;
    out.await(5000);
    err.await(5000);
    return new Result(exit, took, out.text(), err.text(), stops, lines, leftovers, largest[0]);
  }

  private static void watch(Process p, ProcessTree tree, StreamCapture out, StreamCapture err, Limits limits,
      long start, List<String> stops, List<String> lines, int[] largest) throws InterruptedException {
    while (!p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
      long elapsed = System.nanoTime() - start;
      String stop = null;
      String line = null;
      Set<Long> members = tree.descendants();
      largest[0] = Math.max(largest[0], members.size());
      if (elapsed > limits.time().toNanos()) {
        stop = "time limit " + seconds(limits.time());
        line = "TIMEOUT: the time limit of " + seconds(limits.time()) + " was reached";
      } else if (members.size() > limits.maxProcesses()) {
        stop = "process limit " + limits.maxProcesses();
        line = "process limit: the process tree grew to " + members.size() + " processes, over the limit of "
            + limits.maxProcesses();
      } else if (Math.max(out.total(), err.total()) > limits.outputBytes()) {
        StreamCapture big = out.total() >= err.total() ? out : err;
        stop = "output limit " + mib(limits.outputBytes());
        line = "output limit: more than " + mib(limits.outputBytes()) + " written to " + big.name();
      } else {
        long rss = ProcessTree.residentBytes(members);
        if (rss > limits.residentBytes()) {
          stop = "memory limit " + mib(limits.residentBytes());
          line = "out of memory: the process tree held " + mib(rss) + " resident, over the limit of "
              + mib(limits.residentBytes());
        }
      }
      if (stop != null) {
        Set<Long> all = tree.all();
        int killed = ProcessTree.kill(all);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
        stops.add(stop);
        lines.add(line + "; killed " + killed + (killed == 1 ? " process" : " processes"));
        return;
      }
    }
  }

  private static void feed(Process p, byte[] stdin) {
    Thread t = new Thread(() -> {
      try (var in = p.getOutputStream()) {
        in.write(stdin);
      } catch (IOException closedEarly) {
        // the process did not read all of its input: that is its choice
      }
    }, "nk-loop-stdin");
    t.setDaemon(true);
    t.start();
  }

  /** A duration as {@code 60 s} or {@code 2.5 s}. */
  public static String seconds(Duration d) {
    double s = d.toMillis() / 1000.0;
    return (s == Math.rint(s) ? String.format(Locale.ROOT, "%d", (long) s) : String.format(Locale.ROOT, "%.1f", s)) + " s";
  }

  /** A size as {@code 64 MiB}. */
  public static String mib(long bytes) {
    return String.format(Locale.ROOT, "%d MiB", bytes >> 20);
  }
}
