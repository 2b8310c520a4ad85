package org.negativeknowledge.bank.store;

import java.util.List;

/**
 * One numbered step of the bank schema, with its SQL for each dialect.
 *
 * @param version the schema version this step produces (1, 2, ...; no gaps)
 * @param description what the step adds, stored in {@code schema_version}
 * @param sqlite statements for SQLite, run in order inside one transaction
 * @param postgresql statements for PostgreSQL, run in order inside one transaction
 */
public record Migration(int version, String description, List<String> sqlite, List<String> postgresql) {

  public Migration {
    sqlite = List.copyOf(sqlite);
    postgresql = List.copyOf(postgresql);
  }

  /** A step whose SQL is the same for both dialects. */
  public static Migration portable(int version, String description, List<String> sql) {
    return new Migration(version, description, sql, sql);
  }

  /** The statements for {@code dialect}. */
  public List<String> statements(Dialect dialect) {
    return dialect == Dialect.SQLITE ? sqlite : postgresql;
  }
}
