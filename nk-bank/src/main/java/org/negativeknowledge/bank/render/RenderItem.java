package org.negativeknowledge.bank.render;

import java.util.List;
import java.util.Objects;
import org.negativeknowledge.bank.entry.BankEntry;

/**
 * One entry to render, with the warnings to show beside it (for example "possibly misleading",
 * once consultation feedback has flagged the entry).
 *
 * @param entry the entry
 * @param flags short warnings shown on the entry's first line; empty for none
 */
public record RenderItem(BankEntry entry, List<String> flags) {
  /** Freezes the flags. */
  public RenderItem {
    Objects.requireNonNull(entry, "entry");
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  /** An entry without flags. */
  public static RenderItem of(BankEntry entry) {
    return new RenderItem(entry, List.of());
  }
}
