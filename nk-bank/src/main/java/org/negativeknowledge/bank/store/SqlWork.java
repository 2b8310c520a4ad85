package org.negativeknowledge.bank.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A unit of JDBC work run by {@link Database} inside a transaction or a read.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface SqlWork<T> {
  /** Runs against the given connection; do not commit, roll back or close it. */
  T run(Connection connection) throws SQLException;
}
