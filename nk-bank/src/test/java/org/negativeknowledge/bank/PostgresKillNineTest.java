package org.negativeknowledge.bank;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** kill -9 during import and reindex on PostgreSQL, in the isolated schemas of {@link PostgresBankTest}. */
@EnabledIfEnvironmentVariable(
    named = "NK_TEST_POSTGRES_URL",
    matches = ".+",
    disabledReason = "skipped: set NK_TEST_POSTGRES_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)")
class PostgresKillNineTest extends KillNineContractTest {
  private final PostgresBankTest schemas = new PostgresBankTest();

  @BeforeAll
  static void requirePostgres() {
    PostgresBankTest.requirePostgres();
  }

  @Override
  protected String newBankUrl() {
    return schemas.newBankUrl();
  }

  @AfterAll
  static void dropSchemas() throws SQLException {
    PostgresBankTest.dropSchemas();
  }
}
