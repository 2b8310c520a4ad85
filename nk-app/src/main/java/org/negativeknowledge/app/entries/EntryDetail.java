package org.negativeknowledge.app.entries;

import java.util.List;
import java.util.Objects;
import org.negativeknowledge.bank.consult.EntryUsefulness;
import org.negativeknowledge.bank.entry.BankEntry;

/**
 * One entry with what the bank learnt about it.
 *
 * @param entry its current revision
 * @param flags warnings shown with it (e.g. {@code possibly misleading})
 * @param usefulness how often adopting it helped or hurt
 * @param importedCited how often imported research graphs cited it
 * @param importedRejected how often imported research graphs rejected it
 */
public record EntryDetail(
    BankEntry entry, List<String> flags, EntryUsefulness usefulness, long importedCited, long importedRejected) {
  public EntryDetail {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(usefulness, "usefulness");
    flags = List.copyOf(flags);
  }
}
