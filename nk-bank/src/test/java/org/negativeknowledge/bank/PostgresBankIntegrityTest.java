package org.negativeknowledge.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The integrity contract on PostgreSQL, with the isolated schemas (and the skip when {@code
 * NK_TEST_POSTGRES_URL} is unset) of {@link PostgresBankTest}. Dropping a store drops its schema
 * and creates it again empty, as dropping and recreating a database at the same URL does.
 */
@RequiresPostgres
class PostgresBankIntegrityTest extends BankIntegrityContractTest {
  private final PostgresBankTest schemas = new PostgresBankTest();

  @BeforeAll
  static void requirePostgres() {
    PostgresBankTest.requirePostgres();
  }

  @Override
  protected String newBankUrl() {
    return schemas.newBankUrl();
  }

  @Override
  protected void dropStore(String url) throws SQLException {
    PostgresBankTest.recreateSchema(url);
  }

  @Override
  protected String missingBankUrl() {
    return schemas.newBankUrl();
  }

  @Override
  protected void assertNothingCreatedAt(String url) throws SQLException {
    String schema = PostgresBankTest.schemaOf(url);
    try (Connection c = DriverManager.getConnection(PostgresBankTest.baseUrl());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + schema + "'")) {
      rs.next();
      assertThat(rs.getInt(1)).as("tables in schema %s", schema).isZero();
    }
  }

  @AfterAll
  static void dropSchemas() throws SQLException {
    PostgresBankTest.dropSchemas();
  }
}
