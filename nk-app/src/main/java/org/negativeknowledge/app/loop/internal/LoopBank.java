package org.negativeknowledge.app.loop.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.negativeknowledge.app.loop.CuratedRecord;
import org.negativeknowledge.app.loop.EntryChoice;
import org.negativeknowledge.app.loop.LoopTask;
import org.negativeknowledge.app.loop.ShownEntry;

/**
 * What the loop needs of a bank: store curated records with their provenance, and the consultation
 * protocol for the bank condition. The seam where the application layer's services plug in; {@link
 * LedgerLoopBank} implements it over {@code Bank} and its {@code ConsultationLedger}. Must be
 * thread-safe.
 */
public interface LoopBank extends AutoCloseable {

  /**
   * A consultation: its id, the memory block shown and the entries in it.
   *
   * @param id the consultation id
   * @param memory the rendered memory block
   * @param shown the entries in it, most relevant first
   */
  record Consulted(String id, String memory, List<ShownEntry> shown) {
    public Consulted {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(memory, "memory");
      shown = List.copyOf(shown);
    }
  }

  /**
   * What storing a record did.
   *
   * @param entryId the entry that holds it (a new one, or the one it was counted on)
   * @param note {@code imported}, {@code deduplicated (occurrence N)}, {@code superseded} or
   *     {@code unchanged}
   */
  record Added(String entryId, String note) {}

  /** Opens a consultation for an attempt at {@code task}. */
  Consulted consult(LoopTask task, String context, int tokenBudget);

  /** Records the decision on one shown entry. */
  void decide(String consultationId, EntryChoice choice);

  /** Records the experiment (all shown entries decided); returns its id. */
  String propose(String consultationId, ObjectNode experiment);

  /** Closes the experiment with its outcome. */
  void finding(String experimentId, boolean success, ObjectNode diagnostics, String note);

  /**
   * Stores a curated record with its provenance ({@code source}: the run and the attempt it came
   * from), deduplicated by the failure signature of the rounds in {@code roundDirs}.
   *
   * @return where it went; an empty entry id with the reason when it was not stored
   */
  Added add(CuratedRecord record, LoopTask task, String source, List<java.nio.file.Path> roundDirs);

  /** Where the bank is, password masked. */
  String location();

  @Override
  void close();
}
