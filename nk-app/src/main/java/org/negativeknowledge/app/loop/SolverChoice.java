package org.negativeknowledge.app.loop;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Which solver writes the candidates: a model, a command, a replay of recorded runs, or a {@link
 * Solver} of the caller's. Parsed from the command line's {@code --solver} by {@link #parse}.
 */
public sealed interface SolverChoice {

  /** The solver's text form, recorded in the run folder (a resumed run must give the same). */
  String spec();

  /**
   * A model through the provider-neutral client (Anthropic now): one request per attempt.
   *
   * @param model an alias ({@code sonnet}, {@code haiku}, {@code opus}) or a full model id
   * @param environment where {@code ANTHROPIC_API_KEY} and {@code ANTHROPIC_BASE_URL} are read
   */
  record Model(String model, Map<String, String> environment) implements SolverChoice {
    public Model {
      Objects.requireNonNull(model, "model");
      environment = Map.copyOf(environment);
    }

    @Override
    public String spec() {
      return model;
    }
  }

  /**
   * A command run with {@code /bin/sh -c} for every attempt (see the README for its protocol).
   *
   * @param command the command line
   * @param timeout the time one answer may take
   * @param environment the command's environment (nk adds the {@code NK_*} variables)
   */
  record Command(String command, Duration timeout, Map<String, String> environment) implements SolverChoice {
    public Command {
      Objects.requireNonNull(command, "command");
      Objects.requireNonNull(timeout, "timeout");
      environment = Map.copyOf(environment);
      if (command.isBlank()) {
        throw new IllegalArgumentException("command: the solver command is empty");
      }
    }

    @Override
    public String spec() {
      return "command:" + command;
    }
  }

  /**
   * Answers from recorded solver runs (the paper's {@code section3} folder).
   *
   * @param dir the recording
   */
  record Replay(Path dir) implements SolverChoice {
    public Replay {
      Objects.requireNonNull(dir, "dir");
    }

    @Override
    public String spec() {
      return "replay:" + dir;
    }
  }

  /**
   * A solver of the caller's; the loop closes it at the end.
   *
   * @param solver the solver
   */
  record Custom(Solver solver) implements SolverChoice {
    public Custom {
      Objects.requireNonNull(solver, "solver");
    }

    @Override
    public String spec() {
      return "custom:" + solver.describe();
    }
  }

  /** The default time a command solver may take for one answer. */
  Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofMinutes(30);

  /**
   * Parses {@code command:CMD}, {@code replay:DIR}, or a model name, with the process's environment.
   *
   * @throws IllegalArgumentException when the text is empty
   */
  static SolverChoice parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("--solver: empty; use a model (sonnet), command:'...' or replay:DIR");
    }
    if (t.startsWith("command:")) {
      return new Command(t.substring("command:".length()), DEFAULT_COMMAND_TIMEOUT, System.getenv());
    }
    if (t.startsWith("replay:")) {
      return new Replay(Path.of(t.substring("replay:".length())));
    }
    return new Model(t, System.getenv());
  }
}
