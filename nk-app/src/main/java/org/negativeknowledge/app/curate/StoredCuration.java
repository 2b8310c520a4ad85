package org.negativeknowledge.app.curate;

import java.util.Objects;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.io.ImportReport;

/**
 * Where a curated record went in the bank.
 *
 * @param entry the entry it became, or the entry it was counted on (same failure signature and
 *     task), as it is now
 * @param report what the import did
 * @param signatureKey the failure signature key it was filed under, or null when none could be had
 */
public record StoredCuration(BankEntry entry, ImportReport report, String signatureKey) {
  public StoredCuration {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(report, "report");
  }

  /** Whether the record was counted as another occurrence of an existing entry. */
  public boolean deduplicated() {
    return report.deduplicated() > 0;
  }

  /** Whether the record became a new revision of an offline-curated entry. */
  public boolean superseded() {
    return report.superseded() > 0;
  }
}
