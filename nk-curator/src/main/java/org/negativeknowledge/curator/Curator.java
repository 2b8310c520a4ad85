package org.negativeknowledge.curator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Anything that turns failed attempts into one negative-knowledge record. Implemented by {@code
 * org.negativeknowledge.curator.llm.LlmCurator} (a model through the Anthropic API) and {@code
 * org.negativeknowledge.curator.offline.OfflineCurator} (a deterministic extractor).
 *
 * <p>Implementations throw {@link CuratorException} (or a subclass) when no record could be
 * produced; a record with validation issues is returned with its issues, not thrown.
 */
public interface Curator {

  /** Curates one failed round into a depth-1 record. */
  CurationResult curateDepth1(TaskContext task, FailureArtifacts round);

  /**
   * Curates N >= 2 failed rounds of one task into one deep record with {@code depth = N}.
   *
   * @throws IllegalArgumentException when fewer than two rounds are given
   */
  CurationResult curateDeep(TaskContext task, List<FailureArtifacts> rounds);

  /**
   * Curates round 2 of a task, given the round-1 record the round-2 attempt was told about; the
   * result is a depth-1 record that also carries {@code relationship_to_round1}.
   */
  CurationResult curateRound2(TaskContext task, ObjectNode round1Record, FailureArtifacts round2);
}
