package org.negativeknowledge.bank.consult;

/**
 * The step is not possible in the consultation's current state: a decision after the proposal,
 * a second proposal, a decision on an entry the consultation did not show, a second finding.
 */
public class ConsultationStateException extends ConsultationException {
  private static final long serialVersionUID = 1L;

  public ConsultationStateException(String message) {
    super(message);
  }
}
