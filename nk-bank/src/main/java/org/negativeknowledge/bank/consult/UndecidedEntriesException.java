package org.negativeknowledge.bank.consult;

import java.util.List;

/** A proposal came before every surfaced entry had a decision. */
public class UndecidedEntriesException extends ProposalRefusedException {
  private static final long serialVersionUID = 1L;

  private final String consultationId;
  private final List<String> undecided;

  public UndecidedEntriesException(String consultationId, List<String> undecided) {
    super(
        "consultation " + consultationId + ": " + undecided.size() + " surfaced "
            + (undecided.size() == 1 ? "entry has" : "entries have") + " no decision yet: "
            + String.join(", ", undecided));
    this.consultationId = consultationId;
    this.undecided = List.copyOf(undecided);
  }

  /** The consultation. */
  public String consultationId() {
    return consultationId;
  }

  /** The entries still without a decision, in rank order. */
  public List<String> undecided() {
    return undecided;
  }
}
