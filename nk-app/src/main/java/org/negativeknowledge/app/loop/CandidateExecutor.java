package org.negativeknowledge.app.loop;

/**
 * Runs a candidate and judges it: locally in a fresh copy of the task's workspace, or from recorded
 * executions ({@link ExecutorChoice}). Must be thread-safe: with {@code --jobs N} several tasks run
 * at once.
 */
public interface CandidateExecutor extends AutoCloseable {

  /**
   * Runs and judges one candidate, writing {@code exec.log} (and {@code eval.log} when the
   * evaluator ran) into the attempt's folder. A candidate that crashes, is stopped by a limit or
   * writes outside its workspace is a normal result, not an exception.
   *
   * @throws NotRecordedException when a replay has no recording of this execution
   * @throws LoopException when the candidate could not be started at all
   */
  Execution execute(ExecutionRequest request);

  /** What this executor is and which protection it gives, for the run's records and the report. */
  String describe();

  /** Releases what the executor holds; the default does nothing. */
  @Override
  default void close() {}
}
