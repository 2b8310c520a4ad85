package org.negativeknowledge.bank;

import java.util.UUID;

/** The bad-input corpus on the embedded SQLite store. */
class SqliteBadInputCorpusTest extends BadInputCorpusContractTest {
  @Override
  protected String newBankUrl() {
    return tmp.resolve("banks/" + UUID.randomUUID() + "/bank.db").toString();
  }
}
