package org.negativeknowledge.bank;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Deduplication by failure signature on PostgreSQL, with the isolated schemas (and the skip when
 * {@code NK_TEST_POSTGRES_URL} is unset) of {@link PostgresBankTest}, whose helpers it reuses.
 */
@RequiresPostgres
class PostgresSignatureDedupTest extends SignatureDedupContractTest {
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
