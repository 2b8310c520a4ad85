package org.negativeknowledge.bank.consult;

/** The protocol refused a proposal (the CLI exits with status 3); subclasses say why. */
public class ProposalRefusedException extends ConsultationException {
  private static final long serialVersionUID = 1L;

  public ProposalRefusedException(String message) {
    super(message);
  }
}
