package org.negativeknowledge.server;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.OpenOptions;
import org.negativeknowledge.bank.PostgresSchemas;
import org.negativeknowledge.bank.RequiresPostgres;

/**
 * The HTTP consultation cycle on PostgreSQL, each bank in a fresh schema dropped afterwards;
 * skipped without {@code NK_TEST_POSTGRES_URL}.
 */
@RequiresPostgres
class PostgresConsultationCycleTest extends ConsultationCycleContract {
  @RegisterExtension static final PostgresSchemas schemas = new PostgresSchemas("nk_srv_");
  @TempDir Path indexDir;

  @Override
  protected Bank newBank() {
    return Bank.open(schemas.newBankUrl(),
        OpenOptions.defaults().withIndexDirectory(indexDir.resolve("index")));
  }
}
