package org.negativeknowledge.bank.consult;

import java.util.UUID;

/** The consultation contract on the embedded SQLite store. */
class SqliteConsultationTest extends ConsultationContractTest {
  @Override
  protected String newBankUrl() {
    return tmp.resolve("banks/" + UUID.randomUUID() + "/bank.db").toString();
  }
}
