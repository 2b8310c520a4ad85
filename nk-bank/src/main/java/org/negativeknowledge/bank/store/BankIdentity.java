package org.negativeknowledge.bank.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.negativeknowledge.bank.entry.BankStorageException;

/**
 * The id of a bank: a random UUID created with the store (schema step 5; a bank made before that
 * step gets one when it is first opened), kept in the one-row table {@code bank_identity}. A copy
 * of the database file keeps it; every other bank, including one recreated at the same URL, has
 * another. The search index records it to prove which bank it follows.
 */
public final class BankIdentity {

  static final String CREATE_TABLE =
      "CREATE TABLE bank_identity (id INTEGER PRIMARY KEY, bank_id TEXT NOT NULL, created_at TEXT NOT NULL)";

  private BankIdentity() {}

  /** Gives the bank a fresh id; the data step of schema step 5. */
  static Void create(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO bank_identity (id, bank_id, created_at) VALUES (1, ?, ?)")) {
      ps.setString(1, UUID.randomUUID().toString());
      ps.setString(2, Instant.now().toString());
      ps.executeUpdate();
    }
    return null;
  }

  /**
   * Reads the bank's id.
   *
   * @throws BankStorageException when the store has none (its schema was not brought up to date)
   */
  public static String read(Database db) {
    return db.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT bank_id FROM bank_identity WHERE id = 1")) {
            if (!rs.next()) {
              throw new BankStorageException(
                  "bank " + db.location().masked() + " has no bank id (table bank_identity is empty);"
                      + " it was changed outside nk: restore it from a backup or export and re-import it",
                  null);
            }
            return rs.getString(1);
          }
        });
  }
}
