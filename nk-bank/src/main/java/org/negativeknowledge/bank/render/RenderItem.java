package org.negativeknowledge.bank.render;

import java.util.List;
import java.util.Objects;
import org.negativeknowledge.bank.entry.BankEntry;

/**
 * One entry to render, with the warnings to show beside it (for example "possibly misleading",
 * once consultation feedback has flagged the entry), its headline, and the entry it is listed
 * under when several entries of one program are collapsed into one.
 *
 * @param entry the entry
 * @param flags short warnings shown on the entry's first line; empty for none
 * @param headline the entry's one-line headline ({@link Headline#of}); null computes it
 * @param listedUnder the id of the entry this one is listed under by id only (a sibling of the same
 *     program, see {@link MemoryRenderer#renderTiered}); null when it is shown on its own
 */
public record RenderItem(BankEntry entry, List<String> flags, String headline, String listedUnder) {
  /** Freezes the flags and fills in the headline. */
  public RenderItem {
    Objects.requireNonNull(entry, "entry");
    flags = flags == null ? List.of() : List.copyOf(flags);
    headline = headline == null ? Headline.of(entry) : headline;
  }

  /** An entry with flags, shown on its own. */
  public RenderItem(BankEntry entry, List<String> flags) {
    this(entry, flags, null, null);
  }

  /** An entry without flags. */
  public static RenderItem of(BankEntry entry) {
    return new RenderItem(entry, List.of());
  }

  /** This item listed under {@code representativeId}. */
  public RenderItem listedUnder(String representativeId) {
    return new RenderItem(entry, flags, headline, representativeId);
  }

  /** This item with other flags. */
  public RenderItem withFlags(List<String> value) {
    return new RenderItem(entry, value, headline, listedUnder);
  }
}
