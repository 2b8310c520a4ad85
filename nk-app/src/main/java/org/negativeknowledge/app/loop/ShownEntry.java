package org.negativeknowledge.app.loop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * One bank entry a consultation showed an attempt; the solver must adopt or reject each.
 *
 * @param entryId the entry's id
 * @param rank 1 for the most relevant
 * @param flags warnings shown with it, e.g. {@code possibly misleading}
 * @param task the {@code task_id} the entry came from, blank when it names none
 * @param entry the entry's object as stored (shared: treat as read-only)
 */
public record ShownEntry(String entryId, int rank, List<String> flags, String task, ObjectNode entry) {
  public ShownEntry {
    Objects.requireNonNull(entryId, "entryId");
    flags = List.copyOf(flags);
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(entry, "entry");
  }
}
