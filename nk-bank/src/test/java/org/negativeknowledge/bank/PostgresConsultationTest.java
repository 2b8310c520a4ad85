package org.negativeknowledge.bank;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.negativeknowledge.bank.consult.ConsultationContractTest;

/**
 * The consultation contract on PostgreSQL, with the same isolated schemas (and the same skip when
 * {@code NK_TEST_POSTGRES_URL} is unset) as {@link PostgresBankTest}, whose helpers it reuses.
 */
@RequiresPostgres
class PostgresConsultationTest extends ConsultationContractTest {
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
