package org.negativeknowledge.app.loop;

/**
 * Writes the candidate of one attempt. Implementations: a model (one request, a forced tool call),
 * any command, and a replay of recorded runs ({@link SolverChoice}). Must be thread-safe: with
 * {@code --jobs N} several tasks ask at once.
 */
public interface Solver extends AutoCloseable {

  /**
   * Answers one attempt.
   *
   * @throws NotRecordedException when a replay has no recording of this attempt
   * @throws LoopException when no answer could be had; the attempt ends as an error
   */
  SolverAnswer solve(SolverRequest request);

  /** What this solver is, for the run's records ({@code model claude-...}, {@code command ...}). */
  String describe();

  /** Releases what the solver holds; the default does nothing. */
  @Override
  default void close() {}
}
