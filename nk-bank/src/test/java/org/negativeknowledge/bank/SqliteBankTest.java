package org.negativeknowledge.bank;

import org.negativeknowledge.bank.io.ImportOptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bank contract on the embedded SQLite store, plus what only a file bank does. */
class SqliteBankTest extends BankContractTest {

  @Override
  protected String newBankUrl() {
    return tmp.resolve("banks/" + UUID.randomUUID() + "/bank.db").toString();
  }

  @Test
  void aPathOrSqliteUrlCreatesTheFileAndItsFolders() {
    Path file = tmp.resolve("deep/er/bank.db");
    try (Bank b = Bank.open("sqlite:" + file, OpenOptions.defaults().withIndexDirectory(tmp.resolve("ix")))) {
      assertThat(b.size()).isZero();
      assertThat(b.location()).isEqualTo(file.toString());
    }
    assertThat(Files.isRegularFile(file)).isTrue();
  }

  @Test
  void theDefaultIndexLivesBesideTheFile() {
    Path file = tmp.resolve("proj/.nk/bank.db");
    try (Bank b = Bank.open(file.toString())) {
      b.importRecords(
          java.util.List.of(org.negativeknowledge.record.NkJson.parseObject(negative("t", "method_failure"))),
          "mem",
          ImportOptions.defaults());
    }
    assertThat(Files.isDirectory(tmp.resolve("proj/.nk/bank.db.index"))).isTrue();
  }
}
