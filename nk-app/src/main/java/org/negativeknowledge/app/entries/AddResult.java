package org.negativeknowledge.app.entries;

import java.util.List;
import java.util.Objects;
import org.negativeknowledge.bank.entry.BankEntry;

/**
 * What adding one record did.
 *
 * @param entry the entry the record is stored as (new, or the one that already held it)
 * @param imported true when it was stored now, false when the bank already held the same content
 * @param warnings notes that did not stop it (reference issues stored with the entry, an index
 *     that could not follow yet)
 */
public record AddResult(BankEntry entry, boolean imported, List<String> warnings) {
  public AddResult {
    Objects.requireNonNull(entry, "entry");
    warnings = List.copyOf(warnings);
  }

  /** {@code imported} or {@code unchanged}. */
  public String status() {
    return imported ? "imported" : "unchanged";
  }
}
