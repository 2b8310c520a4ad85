package org.negativeknowledge.cli.quickstart;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.consult.Consultation;
import org.negativeknowledge.validation.ValidationReport;

/**
 * What one {@link Quickstart} run did.
 *
 * @param record the curated record
 * @param recordFile where the record was written
 * @param signatureKey the failure signature key it was filed under
 * @param validation its strict validation (core profile)
 * @param bankLocation where the bank is (password masked)
 * @param bankFile the SQLite file of the bank, or null for PostgreSQL
 * @param entryId the bank entry the record became (or was counted on)
 * @param occurrences how many times the bank has now seen this failure
 * @param importReport what adding to the bank did
 * @param consultation the consultation opened for the next attempt
 * @param nextCommands the commands to run next, in order
 */
public record QuickstartResult(
    ObjectNode record,
    Path recordFile,
    String signatureKey,
    ValidationReport validation,
    String bankLocation,
    Path bankFile,
    String entryId,
    int occurrences,
    ImportReport importReport,
    Consultation consultation,
    List<String> nextCommands) {

  public QuickstartResult {
    nextCommands = List.copyOf(nextCommands);
  }
}
