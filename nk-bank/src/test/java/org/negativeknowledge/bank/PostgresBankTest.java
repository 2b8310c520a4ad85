package org.negativeknowledge.bank;

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

/**
 * The bank contract on PostgreSQL. Runs when {@code NK_TEST_POSTGRES_URL} is set (e.g. {@code
 * jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), and is skipped with a message otherwise.
 * Every bank is a fresh schema {@code nk_test_<random>}, dropped afterwards, so parallel runs
 * never collide.
 */
@RequiresPostgres
class PostgresBankTest extends BankContractTest {
  private static final String ENV = "NK_TEST_POSTGRES_URL";
  private static String baseUrl;
  private static final List<String> schemas = new ArrayList<>();

  @BeforeAll
  static void requirePostgres() {
    baseUrl = System.getenv(ENV);
    Assumptions.assumeTrue(
        baseUrl != null && !baseUrl.isBlank(),
        "skipped: set " + ENV + " (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) to run the PostgreSQL bank contract");
  }

  @Override
  protected String newBankUrl() {
    String schema = "nk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(baseUrl);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test schema " + schema, e);
    }
    synchronized (schemas) {
      schemas.add(schema);
    }
    return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** The base URL of the test server (without a schema). */
  static String baseUrl() {
    return baseUrl;
  }

  /** The schema a URL of {@link #newBankUrl()} names. */
  static String schemaOf(String url) {
    return url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
  }

  /** Drops the schema of {@code url} with everything in it and creates it again, empty. */
  static void recreateSchema(String url) throws SQLException {
    String schema = schemaOf(url);
    try (Connection c = DriverManager.getConnection(baseUrl);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    }
  }

  @AfterAll
  static void dropSchemas() throws SQLException {
    if (baseUrl == null || baseUrl.isBlank()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(baseUrl);
        Statement s = c.createStatement()) {
      synchronized (schemas) {
        for (String schema : schemas) {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        schemas.clear();
      }
    }
  }
}
