package org.negativeknowledge.bank;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The import reading contract on PostgreSQL; skipped without {@code NK_TEST_POSTGRES_URL}. */
@RequiresPostgres
class PostgresImportReadingTest extends ImportReadingContractTest {
  private static PostgresTestSchemas schemas;

  @BeforeAll
  static void requirePostgres() {
    schemas = PostgresTestSchemas.fromEnvironment();
  }

  @Override
  protected String newBankUrl() {
    return schemas.newBankUrl();
  }

  @AfterAll
  static void dropSchemas() throws SQLException {
    if (schemas != null) {
      schemas.dropAll();
    }
  }
}
