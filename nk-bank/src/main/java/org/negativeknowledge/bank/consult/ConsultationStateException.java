package org.negativeknowledge.bank.consult;

import java.util.Objects;

/**
 * The step is not possible in the consultation's current state: a decision after the proposal,
 * a second proposal, a decision on an entry the consultation did not show, a second finding.
 */
public class ConsultationStateException extends ConsultationException {
  private static final long serialVersionUID = 1L;

  /** Which step was refused. */
  public enum Conflict {
    /** A decision on a consultation that already has its proposal. */
    DECIDED_AFTER_PROPOSAL,
    /** A second proposal on one consultation. */
    SECOND_PROPOSAL,
    /** A decision on an entry the consultation did not show. */
    ENTRY_NOT_SHOWN,
    /** A second finding on one experiment. */
    SECOND_FINDING
  }

  private final Conflict conflict;
  private final String subjectId;
  private final String otherId;

  /**
   * @param conflict which step was refused
   * @param subjectId the consultation (or, for a second finding, the experiment) acted on
   * @param otherId what it conflicts with: the existing experiment or finding, or the entry not
   *     shown; null when none
   * @param message what was refused, in words
   */
  public ConsultationStateException(Conflict conflict, String subjectId, String otherId, String message) {
    super(message);
    this.conflict = Objects.requireNonNull(conflict, "conflict");
    this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    this.otherId = otherId;
  }

  /** Which step was refused. */
  public Conflict conflict() {
    return conflict;
  }

  /** The consultation (or experiment) acted on. */
  public String subjectId() {
    return subjectId;
  }

  /** What it conflicts with (an experiment, a finding, an entry), or null. */
  public String otherId() {
    return otherId;
  }
}
