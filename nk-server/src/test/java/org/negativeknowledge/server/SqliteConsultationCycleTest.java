package org.negativeknowledge.server;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.Bank;

/** The HTTP consultation cycle on an embedded SQLite bank. */
class SqliteConsultationCycleTest extends ConsultationCycleContract {
  @TempDir Path dir;

  @Override
  protected Bank newBank() {
    return Bank.open(dir.resolve("bank.db").toString());
  }
}
