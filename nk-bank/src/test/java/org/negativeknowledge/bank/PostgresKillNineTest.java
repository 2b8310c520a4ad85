package org.negativeknowledge.bank;

import org.junit.jupiter.api.extension.RegisterExtension;

/** kill -9 during import and reindex on PostgreSQL; skipped without {@code NK_TEST_POSTGRES_URL}. */
@RequiresPostgres
class PostgresKillNineTest extends KillNineContractTest {
  @RegisterExtension static final PostgresSchemas schemas = new PostgresSchemas("nk_test_");

  @Override
  protected String newBankUrl() {
    return schemas.newBankUrl();
  }
}
