package org.negativeknowledge.bank.search;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.negativeknowledge.bank.entry.ChangeFeed;
import org.negativeknowledge.bank.entry.ChangeMark;

/**
 * What an index commit says about the store it follows, kept in the commit's user data: the last
 * change sequence applied, the layout version, the id of the bank, and the mark of the last
 * change applied (which revision, written when). An index follows a feed only when all of them
 * agree with it; otherwise it belongs to another bank or another history and is rebuilt.
 *
 * @param appliedSequence the last change sequence applied; 0 for none
 * @param layoutVersion {@link IndexSchema#VERSION} of the writer, or null when unknown
 * @param bankId the id of the bank followed, or null for an index written before bank ids
 * @param mark the last change applied, or null when none was
 */
public record IndexState(long appliedSequence, String layoutVersion, String bankId, ChangeMark mark) {

  private static final String SEQUENCE = "nk.sequence";
  private static final String VERSION = "nk.index.version";
  private static final String BANK = "nk.bank";
  private static final String MARK_SEQUENCE = "nk.mark.sequence";
  private static final String MARK_ID = "nk.mark.id";
  private static final String MARK_REVISION = "nk.mark.revision";
  private static final String MARK_CREATED = "nk.mark.created_at";

  /** The state of an empty index following {@code feed}'s bank. */
  public static IndexState empty(ChangeFeed feed) {
    return new IndexState(0, IndexSchema.VERSION, feed.bankId(), null);
  }

  /** Reads a commit's user data; missing or unreadable entries read as unknown. */
  public static IndexState read(Map<String, String> data) {
    long applied = parseLong(data.get(SEQUENCE), 0);
    ChangeMark mark = null;
    String id = data.get(MARK_ID);
    if (id != null) {
      try {
        mark =
            new ChangeMark(
                Long.parseLong(data.get(MARK_SEQUENCE)),
                id,
                Integer.parseInt(data.get(MARK_REVISION)),
                Instant.parse(data.get(MARK_CREATED)));
      } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
        mark = null; // unreadable: the index cannot prove its history, see follows()
      }
    }
    return new IndexState(applied, data.get(VERSION), data.get(BANK), mark);
  }

  /** This state after applying changes up to {@code sequence}, the last of them {@code last} (null: none). */
  public IndexState after(long sequence, ChangeMark last) {
    return new IndexState(sequence, IndexSchema.VERSION, bankId, last != null ? last : mark);
  }

  /** The commit user data of this state. */
  public Map<String, String> userData() {
    Map<String, String> d = new HashMap<>();
    d.put(SEQUENCE, Long.toString(appliedSequence));
    d.put(VERSION, layoutVersion == null ? IndexSchema.VERSION : layoutVersion);
    if (bankId != null) {
      d.put(BANK, bankId);
    }
    if (mark != null) {
      d.put(MARK_SEQUENCE, Long.toString(mark.sequence()));
      d.put(MARK_ID, mark.entryId());
      d.put(MARK_REVISION, Integer.toString(mark.revision()));
      d.put(MARK_CREATED, mark.createdAt().toString());
    }
    return d;
  }

  /** Whether this index was written for {@code feed}'s bank (a cheap check, no store access). */
  public boolean sameBank(ChangeFeed feed) {
    return feed.bankId().equals(bankId);
  }

  /**
   * Whether an index in this state can follow {@code feed} by catching up: same layout, same bank,
   * not ahead of the store, and its last applied change still part of the store's history.
   */
  public boolean follows(ChangeFeed feed) {
    if (!IndexSchema.VERSION.equals(layoutVersion) || !sameBank(feed)) {
      return false;
    }
    if (appliedSequence > feed.lastSequence()) {
      return false;
    }
    if (appliedSequence == 0) {
      return true;
    }
    return mark != null && feed.holds(mark);
  }

  private static long parseLong(String s, long otherwise) {
    try {
      return s == null ? otherwise : Long.parseLong(s);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
