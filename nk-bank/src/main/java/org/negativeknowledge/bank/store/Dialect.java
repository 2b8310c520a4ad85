package org.negativeknowledge.bank.store;

/** The SQL databases a bank can live in. */
public enum Dialect {
  /** An embedded SQLite file: the default, one machine, several processes. */
  SQLITE,
  /** A PostgreSQL database shared by a team. */
  POSTGRESQL
}
