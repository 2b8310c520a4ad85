package org.negativeknowledge.app.protocol;

import java.util.List;
import java.util.Objects;
import org.negativeknowledge.bank.consult.ExperimentCitation;

/**
 * What cited or rejected one entry.
 *
 * @param entryId the entry
 * @param experiments the ledger's experiments that decided on it, newest first
 * @param importedCited how often imported research graphs cited it
 * @param importedRejected how often imported research graphs rejected it
 */
public record Citations(String entryId, List<ExperimentCitation> experiments, long importedCited, long importedRejected) {
  public Citations {
    Objects.requireNonNull(entryId, "entryId");
    experiments = List.copyOf(experiments);
  }

  /** How many of the experiments cited (adopted) it. */
  public long cited() {
    return experiments.stream().filter(ExperimentCitation::cited).count();
  }

  /** How many of the experiments rejected it. */
  public long rejected() {
    return experiments.size() - cited();
  }
}
