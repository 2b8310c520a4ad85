package org.negativeknowledge.bank;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh PostgreSQL schemas for one test class, on the server {@code NK_TEST_POSTGRES_URL} names.
 * Register it as a static field ({@code @RegisterExtension static final PostgresSchemas schemas =
 * new PostgresSchemas("nk_test_")}) on a class marked {@link RequiresPostgres}: each {@link
 * #newBankUrl()} names a new schema {@code <prefix><random>}, and the schemas this instance made
 * are dropped after the class, so classes running side by side never touch each other's banks.
 */
public final class PostgresSchemas implements AfterAllCallback {
  /** The environment variable that names the test server. */
  public static final String ENV = "NK_TEST_POSTGRES_URL";

  private final String prefix;
  private final List<String> schemas = new ArrayList<>();

  /** Schemas named {@code prefix} followed by 12 random hexadecimal digits. */
  public PostgresSchemas(String prefix) {
    this.prefix = prefix;
  }

  /** The URL of the test server, without a schema; skips the calling test when it is unset. */
  public String baseUrl() {
    String url = System.getenv(ENV);
    Assumptions.assumeTrue(url != null && !url.isBlank(),
        "skipped: set " + ENV + " (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)"
            + " to run the PostgreSQL suites");
    return url;
  }

  /** The URL of a bank in a new, empty schema. */
  public synchronized String newBankUrl() {
    String base = baseUrl();
    String schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(base, "CREATE SCHEMA " + schema);
    schemas.add(schema);
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** The schema a URL of {@link #newBankUrl()} names. */
  public static String schemaOf(String url) {
    return url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
  }

  /** Drops the schema of {@code url} with everything in it and creates it again, empty. */
  public void recreateSchema(String url) {
    String schema = schemaOf(url);
    execute(baseUrl(), "DROP SCHEMA " + schema + " CASCADE", "CREATE SCHEMA " + schema);
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    if (schemas.isEmpty()) {
      return;
    }
    execute(baseUrl(), schemas.stream().map(s -> "DROP SCHEMA IF EXISTS " + s + " CASCADE")
        .toArray(String[]::new));
    schemas.clear();
  }

  private static void execute(String url, String... statements) {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL test server at " + ENV + ": " + String.join("; ", statements), e);
    }
  }
}
