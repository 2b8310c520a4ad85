package org.negativeknowledge.bank;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The bank contract on PostgreSQL, each bank in a fresh schema; skipped without {@code NK_TEST_POSTGRES_URL}. */
@RequiresPostgres
class PostgresBankTest extends BankContractTest {
  @RegisterExtension static final PostgresSchemas schemas = new PostgresSchemas("nk_test_");

  @Override
  protected String newBankUrl() {
    return schemas.newBankUrl();
  }
}
