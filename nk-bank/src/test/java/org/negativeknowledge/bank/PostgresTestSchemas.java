package org.negativeknowledge.bank;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh PostgreSQL schemas for one test class, from {@code NK_TEST_POSTGRES_URL}: each bank URL
 * names a new schema {@code nk_test_<random>}, and {@link #dropAll()} removes them afterwards.
 */
final class PostgresTestSchemas {
  static final String ENV = "NK_TEST_POSTGRES_URL";
  static final String SKIPPED =
      "skipped: set NK_TEST_POSTGRES_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)"
          + " to run the PostgreSQL suites";

  private final String baseUrl;
  private final List<String> schemas = new ArrayList<>();

  private PostgresTestSchemas(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** From the environment; skips the calling test class when the variable is unset. */
  static PostgresTestSchemas fromEnvironment() {
    String url = System.getenv(ENV);
    Assumptions.assumeTrue(url != null && !url.isBlank(), SKIPPED);
    return new PostgresTestSchemas(url);
  }

  /** The URL of a bank in a new, empty schema. */
  synchronized String newBankUrl() {
    String schema = "nk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(baseUrl);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test schema " + schema, e);
    }
    schemas.add(schema);
    return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Drops every schema made so far. */
  synchronized void dropAll() throws SQLException {
    try (Connection c = DriverManager.getConnection(baseUrl);
        Statement s = c.createStatement()) {
      for (String schema : schemas) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
    schemas.clear();
  }
}
