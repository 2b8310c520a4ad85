package org.negativeknowledge.bank.consult;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.negativeknowledge.bank.render.RenderedMemory;

/**
 * An opened consultation: what the agent was shown, and the id its decisions and its proposal
 * refer to.
 *
 * @param id the consultation id ({@code c-...})
 * @param task the task the agent works on
 * @param context what the agent is about to try
 * @param domain the domain it works in, or null
 * @param surfaced the entries in the memory block, most relevant first; each needs a decision
 *     before the proposal
 * @param memory the rendered memory block (within the token budget)
 * @param createdAt when it was opened
 */
public record Consultation(
    String id,
    String task,
    String context,
    String domain,
    List<SurfacedEntry> surfaced,
    RenderedMemory memory,
    Instant createdAt) {
  public Consultation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(memory, "memory");
    surfaced = List.copyOf(surfaced);
  }

  /** The ids of the surfaced entries, in rank order. */
  public List<String> entryIds() {
    return surfaced.stream().map(SurfacedEntry::entryId).toList();
  }
}
