package org.negativeknowledge.bank;

import org.negativeknowledge.bank.io.ImportOptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.bank.store.BankLocation;
import org.negativeknowledge.bank.store.Database;

/** The integrity contract on SQLite, plus what only a bank file can suffer (copies, neighbours). */
class SqliteBankIntegrityTest extends BankIntegrityContractTest {

  @Override
  protected String newBankUrl() {
    return tmp.resolve("banks/" + UUID.randomUUID() + "/bank.db").toString();
  }

  @Override
  protected void dropStore(String url) throws Exception {
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(Path.of(url + suffix));
    }
  }

  @Override
  protected String missingBankUrl() {
    return tmp.resolve("nonexistent/x/bank.db").toString();
  }

  @Override
  protected void assertNothingCreatedAt(String url) {
    assertThat(tmp.resolve("nonexistent")).doesNotExist();
  }

  /** Replaces the bank file {@code target} with a copy of {@code source} (both closed). */
  private static void copyBank(Path source, Path target) throws Exception {
    for (String suffix : List.of("-wal", "-shm")) {
      Files.deleteIfExists(Path.of(target + suffix));
    }
    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void twoBanksInOneFolderSearchAndConsultOnlyTheirOwnEntries() {
    Path a = tmp.resolve("shared/a.db");
    Path b = tmp.resolve("shared/b.db");
    try (Bank bankA = Bank.open(a.toString())) {
      bankA.importRecords(List.of(claim("a-1", "spectral viscosity damps the bore")), "a", ImportOptions.defaults());
      assertThat(bankA.search(SearchQuery.of("bore")).hits()).hasSize(1);
    }
    try (Bank bankB = Bank.open(b.toString())) {
      bankB.importRecords(List.of(claim("b-1", "pandas groupby on the price column")), "b", ImportOptions.defaults());
      assertThat(indexedIds(bankB)).containsExactly("b-1#1:active");
      assertThat(bankB.search(SearchQuery.of("spectral viscosity bore")).hits()).isEmpty();
      assertThat(bankB.consultations().open("T", "spectral viscosity on the bore", null, 800).surfaced()).isEmpty();
    }
    try (Bank bankA = Bank.open(a.toString())) {
      assertThat(indexedIds(bankA)).containsExactly("a-1#1:active");
    }
    assertThat(tmp.resolve("shared/a.db.index")).isDirectory();
    assertThat(tmp.resolve("shared/b.db.index")).isDirectory();
  }

  @Test
  void aBankFileReplacedByACopyOfAnotherBankWithAHigherSequenceIsReindexed() throws Exception {
    Path bank = tmp.resolve("p/bank.db");
    Path other = tmp.resolve("q/other.db");
    try (Bank b = Bank.open(bank.toString())) {
      b.importRecords(List.of(claim("mine-1", "a claim about ghosts")), "m", ImportOptions.defaults());
      assertThat(indexedIds(b)).containsExactly("mine-1#1:active");
    }
    try (Bank o = Bank.open(other.toString())) {
      o.importRecords(
          List.of(claim("theirs-1", "one"), claim("theirs-2", "two"), claim("theirs-3", "three")), "o",
          ImportOptions.defaults());
    }
    copyBank(other, bank);
    try (Bank b = Bank.open(bank.toString())) {
      assertThat(indexedIds(b)).containsExactly("theirs-1#1:active", "theirs-2#1:active", "theirs-3#1:active");
      assertThat(b.search(SearchQuery.of("ghosts")).hits()).isEmpty();
    }
  }

  @Test
  void aBankFileRestoredFromABackupThatThenDivergedIsReindexed() throws Exception {
    Path bank = tmp.resolve("p/bank.db");
    Path backup = tmp.resolve("backup.db");
    try (Bank b = Bank.open(bank.toString())) {
      b.importRecords(List.of(claim("k-1", "kept claim")), "m", ImportOptions.defaults());
    }
    Files.copy(bank, backup);
    try (Bank b = Bank.open(bank.toString())) {
      b.importRecords(List.of(claim("lost-1", "a claim the backup never saw")), "m", ImportOptions.defaults());
      assertThat(indexedIds(b)).containsExactly("k-1#1:active", "lost-1#1:active");
    }
    copyBank(backup, bank);
    try (Bank b = Bank.open(bank.toString())) {
      b.importRecords(List.of(claim("new-1", "one"), claim("new-2", "two")), "m", ImportOptions.defaults());
      assertThat(b.changes().lastSequence()).isEqualTo(3);
      assertThat(indexedIds(b)).containsExactly("k-1#1:active", "new-1#1:active", "new-2#1:active");
    }
  }

  @Test
  void revisingTheLastEntryInAnotherProcessIsFollowedWithoutLosingAnything() throws Exception {
    // The revised row moves to a later sequence: the index must not mistake that for another bank.
    Path bank = tmp.resolve("p/bank.db");
    try (Bank b = Bank.open(bank.toString())) {
      b.importRecords(List.of(claim("k-1", "first"), claim("k-2", "second")), "m", ImportOptions.defaults());
      assertThat(indexedIds(b)).hasSize(2);
    }
    try (Bank writer = Bank.open(bank.toString(), OpenOptions.defaults().withIndexOnWrite(false))) {
      writer.revise("k-2", claim("k-2", "second, corrected"), "typo", null);
    }
    try (Bank b = Bank.open(bank.toString())) {
      assertThat(indexedIds(b)).containsExactly("k-1#1:active", "k-2#1:superseded", "k-2#2:active");
      assertThat(indexedIds(b)).isEqualTo(storedIds(b));
    }
  }

  @Test
  void aBankMadeBeforeBankIdsGetsOneOnFirstOpenAndItsIndexIsRebuilt() throws Exception {
    Path bank = tmp.resolve("p/bank.db");
    try (Bank b = Bank.open(bank.toString())) {
      b.importRecords(List.of(claim("k-1", "first")), "m", ImportOptions.defaults());
    }
    // Back to the schema before bank ids, then let another bank's index take this folder.
    try (Database db = Database.connect(BankLocation.parse(bank.toString()), Duration.ofSeconds(5))) {
      db.inWriteTransaction(
          c -> {
            try (var s = c.createStatement()) {
              s.execute("DROP TABLE bank_identity");
              return s.executeUpdate("DELETE FROM schema_version WHERE version = 5");
            }
          });
    }
    try (Bank b = Bank.open(bank.toString())) {
      assertThat(b.changes().bankId()).isNotBlank();
      String id = b.changes().bankId();
      assertThat(indexedIds(b)).containsExactly("k-1#1:active");
      b.close();
      try (Bank again = Bank.open(bank.toString())) {
        assertThat(again.changes().bankId()).isEqualTo(id);
      }
    }
  }
}
