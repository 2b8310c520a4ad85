package org.negativeknowledge.server;

import org.negativeknowledge.bank.RequiresPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.OpenOptions;

/**
 * The HTTP consultation cycle on PostgreSQL. Runs when {@code NK_TEST_POSTGRES_URL} is set (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), skipped with a message otherwise.
 * Each bank is a fresh schema, dropped afterwards (the same scheme as the bank's own PostgreSQL
 * contract test, whose helper is package-private).
 */
@RequiresPostgres
class PostgresConsultationCycleTest extends ConsultationCycleContract {
  private static final String ENV = "NK_TEST_POSTGRES_URL";
  private static final List<String> SCHEMAS = new ArrayList<>();
  private static String baseUrl;
  @TempDir Path indexDir;

  @BeforeAll
  static void requirePostgres() {
    baseUrl = System.getenv(ENV);
    Assumptions.assumeTrue(baseUrl != null && !baseUrl.isBlank(),
        "skipped: set " + ENV + " (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) to run the"
            + " HTTP consultation cycle on PostgreSQL");
  }

  @Override
  protected Bank newBank() {
    String schema = "nk_srv_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test schema " + schema, e);
    }
    synchronized (SCHEMAS) {
      SCHEMAS.add(schema);
    }
    String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return Bank.open(url, OpenOptions.defaults().withIndexDirectory(indexDir.resolve("index")));
  }

  @AfterAll
  static void dropSchemas() throws SQLException {
    if (baseUrl == null || baseUrl.isBlank()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
      synchronized (SCHEMAS) {
        for (String schema : SCHEMAS) {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        SCHEMAS.clear();
      }
    }
  }
}
