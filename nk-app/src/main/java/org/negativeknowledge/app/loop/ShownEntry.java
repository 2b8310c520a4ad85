package org.negativeknowledge.app.loop;

import java.util.List;
import java.util.Objects;

/**
 * One bank entry a consultation showed an attempt; the solver must adopt or reject each.
 *
 * @param entryId the entry's id
 * @param rank 1 for the most relevant
 * @param flags warnings shown with it, e.g. {@code possibly misleading}
 */
public record ShownEntry(String entryId, int rank, List<String> flags) {
  public ShownEntry {
    Objects.requireNonNull(entryId, "entryId");
    flags = List.copyOf(flags);
  }
}
