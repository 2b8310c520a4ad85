package org.negativeknowledge.app.loop;

/**
 * Turns failed attempts into records for the loop: the offline rules, a model, or recorded records
 * ({@link CuratorChoice}). Must be thread-safe.
 */
public interface LoopCurator extends AutoCloseable {

  /**
   * Curates the rounds.
   *
   * @throws NotRecordedException when a replay has no recorded record for these rounds
   * @throws LoopException when no record could be had
   */
  CuratedRecord curate(CurationRequest request);

  /** What this curator is, for the run's records. */
  String describe();

  /** Releases what the curator holds; the default does nothing. */
  @Override
  default void close() {}
}
