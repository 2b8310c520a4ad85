package org.negativeknowledge.bank.store;

import java.util.List;

/**
 * One numbered step of the bank schema, with its SQL for each dialect and, for a step that must
 * also write data no SQL literal can give (a fresh random id), a data step run after the SQL.
 *
 * @param version the schema version this step produces (1, 2, ...; no gaps)
 * @param description what the step adds, stored in {@code schema_version}
 * @param sqlite statements for SQLite, run in order inside one transaction
 * @param postgresql statements for PostgreSQL, run in order inside one transaction
 * @param data run after the statements in the same transaction; null for none
 */
public record Migration(
    int version, String description, List<String> sqlite, List<String> postgresql, SqlWork<Void> data) {

  public Migration {
    sqlite = List.copyOf(sqlite);
    postgresql = List.copyOf(postgresql);
  }

  /** A step whose SQL is the same for both dialects. */
  public static Migration portable(int version, String description, List<String> sql) {
    return new Migration(version, description, sql, sql, null);
  }

  /** A step whose SQL is the same for both dialects, followed by {@code data}. */
  public static Migration portable(int version, String description, List<String> sql, SqlWork<Void> data) {
    return new Migration(version, description, sql, sql, data);
  }

  /** The statements for {@code dialect}. */
  public List<String> statements(Dialect dialect) {
    return dialect == Dialect.SQLITE ? sqlite : postgresql;
  }
}
