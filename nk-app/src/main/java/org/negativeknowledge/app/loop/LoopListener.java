package org.negativeknowledge.app.loop;

/**
 * Told of a run's progress (the command line draws a progress bar from it). Called from the threads
 * that run tasks, so implementations must be thread-safe. Every method does nothing by default.
 */
public interface LoopListener {

  /** A listener that ignores everything. */
  LoopListener NONE = new LoopListener() {};

  /**
   * The run starts.
   *
   * @param tasks the tasks to run
   * @param done tasks already complete (a resumed run)
   */
  default void started(int tasks, int done) {}

  /** One attempt ended (or was found complete in a resumed run). */
  default void attempt(String task, String step, AttemptStatus status) {}

  /**
   * One task ended.
   *
   * @param error the error that stopped it early, or null
   */
  default void taskDone(String task, String error) {}
}
