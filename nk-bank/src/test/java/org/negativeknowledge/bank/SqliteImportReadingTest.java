package org.negativeknowledge.bank;

import java.util.UUID;

/** The import reading contract on the embedded SQLite store. */
class SqliteImportReadingTest extends ImportReadingContractTest {
  @Override
  protected String newBankUrl() {
    return tmp.resolve("banks/" + UUID.randomUUID() + "/bank.db").toString();
  }
}
