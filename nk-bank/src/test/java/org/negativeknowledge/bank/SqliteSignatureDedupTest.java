package org.negativeknowledge.bank;

import java.util.UUID;

/** Deduplication by failure signature on the embedded SQLite store. */
class SqliteSignatureDedupTest extends SignatureDedupContractTest {
  @Override
  protected String newBankUrl() {
    return tmp.resolve("banks/" + UUID.randomUUID() + "/bank.db").toString();
  }
}
