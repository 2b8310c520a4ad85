package org.negativeknowledge.app.loop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.negativeknowledge.curator.FailureArtifacts;

/**
 * Failed attempts to turn into one record.
 *
 * @param kind depth-1, round-2 (a depth-1 record of an attempt that was shown a record) or deep
 * @param task the task
 * @param rounds the failed attempts, oldest first: one for depth-1 and round-2, N >= 2 for deep
 * @param prior the record the attempt was shown, for {@link Kind#ROUND2}
 */
public record CurationRequest(Kind kind, LoopTask task, List<Round> rounds, Optional<ObjectNode> prior) {

  /** Which record to write. */
  public enum Kind {
    /** A depth-1 record of one failed attempt. */
    DEPTH1,
    /** A depth-1 record of an attempt that was shown {@link #prior()}; says how they relate. */
    ROUND2,
    /** One depth-N record over N >= 2 failed attempts. */
    DEEP
  }

  /**
   * One failed attempt.
   *
   * @param step its key in the run ({@code base/round1})
   * @param dir its folder ({@code candidate.*}, {@code exec.log}, {@code eval.log}, {@code
   *     reasoning.md})
   */
  public record Round(String step, Path dir) {
    public Round {
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(dir, "dir");
    }

    /**
     * The folder's artifacts.
     *
     * @throws org.negativeknowledge.curator.CuratorException naming the missing file when the
     *     folder lacks the code, the execution log or the reasoning
     */
    public FailureArtifacts artifacts() {
      return FailureArtifacts.fromRoundDirectory(dir);
    }
  }

  public CurationRequest {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(task, "task");
    rounds = List.copyOf(rounds);
    Objects.requireNonNull(prior, "prior");
    if (rounds.isEmpty() || (kind == Kind.DEEP) != (rounds.size() >= 2)) {
      throw new IllegalArgumentException(kind + " curation of " + rounds.size() + " rounds");
    }
    if ((kind == Kind.ROUND2) != prior.isPresent()) {
      throw new IllegalArgumentException("a prior record goes with ROUND2 curation only");
    }
  }

  /** The key of the last round. */
  public String lastStep() {
    return rounds.get(rounds.size() - 1).step();
  }
}
