package org.negativeknowledge.bank.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.ChangeFeed;
import org.negativeknowledge.bank.entry.ChangeMark;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.record.NkJson;

/**
 * An in-memory store's change feed: every write takes the next sequence, and a status change
 * moves the touched row to the new sequence, as the real store does. A gate can hold readers of
 * the feed inside {@link #forEachChangeSince} to simulate a slow writer.
 */
public final class FakeChangeFeed implements ChangeFeed {

  private final List<BankEntry> rows = new ArrayList<>();
  private final String bankId = UUID.randomUUID().toString();
  private long sequence;
  private volatile CountDownLatch gate;
  private volatile CountDownLatch entered;

  /** Adds the first revision of an entry with this id. */
  public synchronized BankEntry add(String id, String json) {
    BankEntry e = TestEntries.entry(id, NkJson.parseObject(json), ++sequence, 1, EntryStatus.ACTIVE, null);
    rows.add(e);
    return e;
  }

  /** Stores a new active revision and marks the current one superseded. */
  public synchronized BankEntry revise(String id, String json, String reason) {
    BankEntry current = current(id);
    replace(current, withStatusAndSequence(current, EntryStatus.SUPERSEDED, ++sequence));
    BankEntry next =
        TestEntries.entry(id, NkJson.parseObject(json), ++sequence, current.revision() + 1, EntryStatus.ACTIVE, reason);
    rows.add(next);
    return next;
  }

  /** A new revision with the same content and status retracted; the current one is superseded. */
  public synchronized BankEntry retract(String id, String reason) {
    BankEntry current = current(id);
    replace(current, withStatusAndSequence(current, EntryStatus.SUPERSEDED, ++sequence));
    BankEntry next =
        TestEntries.entry(id, current.original(), ++sequence, current.revision() + 1, EntryStatus.RETRACTED, reason);
    rows.add(next);
    return next;
  }

  /** From now on, readers of the feed wait inside forEachChangeSince until {@link #open()}. */
  public void close() {
    entered = new CountDownLatch(1);
    gate = new CountDownLatch(1);
  }

  /** Lets waiting readers through. */
  public void open() {
    CountDownLatch g = gate;
    gate = null;
    if (g != null) {
      g.countDown();
    }
  }

  /** Waits until a reader is held at the gate. */
  public void awaitReaderAtGate() throws InterruptedException {
    entered.await();
  }

  @Override
  public synchronized long lastSequence() {
    return sequence;
  }

  @Override
  public void forEachChangeSince(long afterSequence, Consumer<BankEntry> sink) {
    List<BankEntry> snapshot;
    synchronized (this) {
      snapshot = new ArrayList<>();
      for (BankEntry e : rows) {
        if (e.sequence() > afterSequence) {
          snapshot.add(e);
        }
      }
    }
    snapshot.sort(Comparator.comparingLong(BankEntry::sequence));
    CountDownLatch g = gate;
    if (g != null) {
      entered.countDown();
      try {
        g.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    snapshot.forEach(sink);
  }

  @Override
  public String bankId() {
    return bankId;
  }

  @Override
  public synchronized boolean holds(ChangeMark mark) {
    for (BankEntry e : rows) {
      if (e.sequence() == mark.sequence() && !(e.id().equals(mark.entryId()) && e.revision() == mark.revision())) {
        return false;
      }
    }
    for (BankEntry e : rows) {
      if (e.id().equals(mark.entryId()) && e.revision() == mark.revision()) {
        return mark.matches(e.id(), e.revision(), e.provenance().createdAt(), e.sequence());
      }
    }
    return false;
  }

  private BankEntry current(String id) {
    BankEntry best = null;
    for (BankEntry e : rows) {
      if (e.id().equals(id) && (best == null || e.revision() > best.revision())) {
        best = e;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no entry " + id);
    }
    return best;
  }

  private void replace(BankEntry old, BankEntry updated) {
    rows.set(rows.indexOf(old), updated);
  }

  private static BankEntry withStatusAndSequence(BankEntry e, EntryStatus status, long seq) {
    ObjectNode o = e.original();
    return new BankEntry(
        e.id(), e.revision(), seq, e.shape(), e.depth(), e.polarity(), e.polarityRule(), e.domain(),
        e.taskId(), e.facets(), status, e.provenance(), o, e.reason(), e.signatureKey(), e.occurrences());
  }
}
