package org.negativeknowledge.bank;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The bad-input corpus on PostgreSQL; skipped without {@code NK_TEST_POSTGRES_URL}. */
@RequiresPostgres
class PostgresBadInputCorpusTest extends BadInputCorpusContractTest {
  @RegisterExtension static final PostgresSchemas schemas = new PostgresSchemas("nk_test_");

  @Override
  protected String newBankUrl() {
    return schemas.newBankUrl();
  }
}
