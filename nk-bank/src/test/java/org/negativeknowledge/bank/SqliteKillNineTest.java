package org.negativeknowledge.bank;

import java.util.UUID;

/** kill -9 during import and reindex on the embedded SQLite store. */
class SqliteKillNineTest extends KillNineContractTest {
  @Override
  protected String newBankUrl() {
    return tmp.resolve("banks/" + UUID.randomUUID() + "/bank.db").toString();
  }
}
