package org.negativeknowledge.bank;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** kill -9 during import and reindex on PostgreSQL, in the isolated schemas of {@link PostgresBankTest}. */
@RequiresPostgres
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
