package org.negativeknowledge.app.loop;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which executor runs and judges the candidates: local, a replay of recorded executions, or a
 * {@link CandidateExecutor} of the caller's. Parsed from {@code --executor} by {@link #parse}.
 */
public sealed interface ExecutorChoice {

  /** The executor's text form, recorded in the run folder. */
  String spec();

  /**
   * This machine, in a fresh copy of the task's workspace.
   *
   * @param settings how candidates are contained
   */
  record Local(LocalSettings settings) implements ExecutorChoice {
    public Local {
      Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String spec() {
      return "local";
    }
  }

  /**
   * The recorded executions of the paper's {@code section3} folder.
   *
   * @param dir the recording
   */
  record Replay(Path dir) implements ExecutorChoice {
    public Replay {
      Objects.requireNonNull(dir, "dir");
    }

    @Override
    public String spec() {
      return "replay:" + dir;
    }
  }

  /**
   * An executor of the caller's; the loop closes it at the end.
   *
   * @param executor the executor
   */
  record Custom(CandidateExecutor executor) implements ExecutorChoice {
    public Custom {
      Objects.requireNonNull(executor, "executor");
    }

    @Override
    public String spec() {
      return "custom:" + executor.describe();
    }
  }

  /**
   * Parses {@code local} or {@code replay:DIR}.
   *
   * @throws IllegalArgumentException for anything else
   */
  static ExecutorChoice parse(String text) {
    String t = text.strip();
    if (t.equals("local")) {
      return new Local(LocalSettings.defaults());
    }
    if (t.startsWith("replay:") && t.length() > "replay:".length()) {
      return new Replay(Path.of(t.substring("replay:".length())));
    }
    throw new IllegalArgumentException("--executor: '" + text + "': use local or replay:DIR");
  }
}
