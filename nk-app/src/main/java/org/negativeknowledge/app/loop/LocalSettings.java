package org.negativeknowledge.app.loop;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the local executor contains a candidate, beyond the task's own time and memory limits.
 * Immutable; start from {@link #defaults()}.
 *
 * @param sandbox whether to use bubblewrap for writes outside the workspace
 * @param environment the environment the child's is filtered from (the process's own by default)
 * @param passEnv further variable names to pass to the child, beyond the fixed allow-list
 * @param outputLimitBytes a run writing more than this to stdout or stderr is stopped
 * @param keptOutputBytes how much of each stream {@code exec.log} keeps: this many bytes of its
 *     head and as many of its tail
 * @param maxProcesses a run whose process tree grows beyond this is stopped
 * @param fileSizeLimitBytes the largest file a run may write (where {@code prlimit} is available)
 */
public record LocalSettings(
    Sandbox sandbox, Map<String, String> environment, List<String> passEnv, long outputLimitBytes,
    int keptOutputBytes, int maxProcesses, long fileSizeLimitBytes) {

  /** Which protection against writes outside the workspace to use. */
  public enum Sandbox {
    /** Bubblewrap when it is installed and works here, else detection only. */
    AUTO,
    /** Bubblewrap, or refuse to run. */
    BUBBLEWRAP,
    /** Detection only: watched folders are compared before and after each run. */
    NONE
  }

  public LocalSettings {
    Objects.requireNonNull(sandbox, "sandbox");
    environment = Map.copyOf(environment);
    passEnv = List.copyOf(passEnv);
    if (outputLimitBytes < 1024 || keptOutputBytes < 256 || maxProcesses < 2 || fileSizeLimitBytes < 1024) {
      throw new IllegalArgumentException("local executor limits too small: output " + outputLimitBytes
          + " B, kept " + keptOutputBytes + " B, processes " + maxProcesses + ", file size " + fileSizeLimitBytes + " B");
    }
  }

  /**
   * Bubblewrap when available, the process's environment, 64 MiB of output per stream (32 KiB of
   * head and tail kept), 256 processes, files up to 4 GiB.
   */
  public static LocalSettings defaults() {
    return new LocalSettings(Sandbox.AUTO, System.getenv(), List.of(), 64L << 20, 32 << 10, 256, 4L << 30);
  }

  /** A copy with another sandbox choice. */
  public LocalSettings withSandbox(Sandbox s) {
    return new LocalSettings(s, environment, passEnv, outputLimitBytes, keptOutputBytes, maxProcesses, fileSizeLimitBytes);
  }

  /** A copy filtering the child's environment from {@code env} instead of the process's. */
  public LocalSettings withEnvironment(Map<String, String> env) {
    return new LocalSettings(sandbox, env, passEnv, outputLimitBytes, keptOutputBytes, maxProcesses, fileSizeLimitBytes);
  }

  /** A copy passing these further variables. */
  public LocalSettings withPassEnv(List<String> names) {
    return new LocalSettings(sandbox, environment, names, outputLimitBytes, keptOutputBytes, maxProcesses, fileSizeLimitBytes);
  }

  /** A copy with other output limits. */
  public LocalSettings withOutput(long limitBytes, int keptBytes) {
    return new LocalSettings(sandbox, environment, passEnv, limitBytes, keptBytes, maxProcesses, fileSizeLimitBytes);
  }

  /** A copy with another process limit. */
  public LocalSettings withMaxProcesses(int n) {
    return new LocalSettings(sandbox, environment, passEnv, outputLimitBytes, keptOutputBytes, n, fileSizeLimitBytes);
  }

  /** A copy with another file size limit. */
  public LocalSettings withFileSizeLimit(long bytes) {
    return new LocalSettings(sandbox, environment, passEnv, outputLimitBytes, keptOutputBytes, maxProcesses, bytes);
  }
}
