package org.negativeknowledge.bank.internal;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.ChangeFeed;
import org.negativeknowledge.bank.entry.ChangeMark;
import org.negativeknowledge.bank.search.OriginalTextFeed;
import org.negativeknowledge.bank.store.Database;

/** The change feed of a bank's store, read in pages, each page one consistent snapshot. */
final class StoreFeed implements ChangeFeed, OriginalTextFeed {
  private static final int PAGE = 2000;

  private final Database db;
  private final EntryTable table;
  private final String bankId;

  StoreFeed(Database db, EntryTable table, String bankId) {
    this.db = db;
    this.table = table;
    this.bankId = bankId;
  }

  @Override
  public long lastSequence() {
    return db.read(table::lastSequence);
  }

  @Override
  public void forEachChangeSince(long afterSequence, Consumer<BankEntry> sink) {
    forEachChangeWithOriginalText(afterSequence, (entry, originalText) -> sink.accept(entry));
  }

  @Override
  public void forEachChangeWithOriginalText(long afterSequence, BiConsumer<BankEntry, String> sink) {
    long after = afterSequence;
    while (true) {
      long from = after;
      List<ChangedRow> page = db.read(c -> table.changesSince(c, from, PAGE));
      for (ChangedRow row : page) {
        sink.accept(row.entry(), row.originalText());
      }
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).entry().sequence();
    }
  }

  @Override
  public String bankId() {
    return bankId;
  }

  @Override
  public boolean holds(ChangeMark mark) {
    return db.read(c -> table.holds(c, mark));
  }
}
