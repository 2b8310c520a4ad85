package org.negativeknowledge.app.protocol;

import java.util.Map;
import java.util.Objects;
import org.negativeknowledge.bank.consult.Consultation;

/**
 * A consultation just opened, with the one-line title of each surfaced entry.
 *
 * @param consultation the consultation: its memory block and surfaced entries
 * @param titles entry id to title, for every surfaced entry
 */
public record OpenedConsultation(Consultation consultation, Map<String, String> titles) {
  public OpenedConsultation {
    Objects.requireNonNull(consultation, "consultation");
    titles = Map.copyOf(titles);
  }
}
