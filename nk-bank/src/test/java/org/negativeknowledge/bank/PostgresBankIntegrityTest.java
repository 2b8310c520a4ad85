package org.negativeknowledge.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The integrity contract on PostgreSQL; skipped without {@code NK_TEST_POSTGRES_URL}. Dropping a
 * store drops its schema and creates it again empty, as dropping and recreating a database at the
 * same URL does.
 */
@RequiresPostgres
class PostgresBankIntegrityTest extends BankIntegrityContractTest {
  @RegisterExtension static final PostgresSchemas schemas = new PostgresSchemas("nk_test_");

  @Override
  protected String newBankUrl() {
    return schemas.newBankUrl();
  }

  @Override
  protected void dropStore(String url) {
    schemas.recreateSchema(url);
  }

  @Override
  protected String missingBankUrl() {
    return schemas.newBankUrl();
  }

  @Override
  protected void assertNothingCreatedAt(String url) throws SQLException {
    String schema = PostgresSchemas.schemaOf(url);
    try (Connection c = DriverManager.getConnection(schemas.baseUrl());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + schema + "'")) {
      rs.next();
      assertThat(rs.getInt(1)).as("tables in schema %s", schema).isZero();
    }
  }
}
