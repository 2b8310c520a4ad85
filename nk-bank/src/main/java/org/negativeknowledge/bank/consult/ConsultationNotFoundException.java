package org.negativeknowledge.bank.consult;

/** No consultation (or experiment) has the given id in this bank. */
public class ConsultationNotFoundException extends ConsultationException {
  private static final long serialVersionUID = 1L;

  public ConsultationNotFoundException(String message) {
    super(message);
  }
}
