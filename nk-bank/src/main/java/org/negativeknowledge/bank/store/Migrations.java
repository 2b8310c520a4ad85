package org.negativeknowledge.bank.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.negativeknowledge.bank.entry.SchemaVersionException;

/**
 * The bank's versioned schema. Steps are numbered and append-only: a later feature (the
 * consultation ledger, failure signatures) adds a step at the end of {@link #STEPS}, never edits
 * one that shipped. Opening a bank applies the missing steps in one transaction; a bank whose
 * version is newer than {@link #latestVersion()} is refused untouched.
 */
public final class Migrations {

  /** Every schema step, in order. */
  public static final List<Migration> STEPS =
      List.of(
          Migration.portable(
              1,
              "entries with revisions, provenance and the change sequence",
              List.of(
                  "CREATE TABLE change_sequence (id INTEGER PRIMARY KEY, value BIGINT NOT NULL)",
                  "INSERT INTO change_sequence (id, value) VALUES (1, 0)",
                  "CREATE TABLE entries ("
                      + " id TEXT NOT NULL,"
                      + " revision INTEGER NOT NULL,"
                      + " sequence BIGINT NOT NULL,"
                      + " ordinal BIGINT NOT NULL,"
                      + " content_hash TEXT NOT NULL,"
                      + " shape TEXT NOT NULL,"
                      + " depth INTEGER NOT NULL,"
                      + " polarity TEXT NOT NULL,"
                      + " polarity_rule TEXT NOT NULL,"
                      + " domain TEXT,"
                      + " task_id TEXT,"
                      + " facet_layer TEXT,"
                      + " facet_scope TEXT,"
                      + " facet_degree TEXT,"
                      + " facet_recommended_action TEXT,"
                      + " facet_risk TEXT,"
                      + " status TEXT NOT NULL,"
                      + " reason TEXT,"
                      + " source TEXT,"
                      + " author TEXT,"
                      + " created_at TEXT NOT NULL,"
                      + " input_hashes TEXT NOT NULL,"
                      + " warnings TEXT NOT NULL,"
                      + " original TEXT NOT NULL,"
                      + " PRIMARY KEY (id, revision))",
                  "CREATE UNIQUE INDEX entries_sequence ON entries (sequence)",
                  "CREATE INDEX entries_status_ordinal ON entries (status, ordinal, revision)",
                  "CREATE INDEX entries_ordinal ON entries (ordinal, revision)")),
          Migration.portable(
              2,
              "consultation ledger: consultations, decisions, experiments, findings, imported research graphs",
              List.of(
                  "CREATE TABLE consultations ("
                      + " id TEXT PRIMARY KEY, task TEXT NOT NULL, context TEXT NOT NULL, domain TEXT,"
                      + " token_budget INTEGER NOT NULL, memory TEXT NOT NULL, memory_tokens INTEGER NOT NULL,"
                      + " state TEXT NOT NULL, created_at TEXT NOT NULL)",
                  "CREATE INDEX consultations_task ON consultations (task, created_at)",
                  "CREATE TABLE consultation_entries ("
                      + " consultation_id TEXT NOT NULL, entry_id TEXT NOT NULL, ordinal INTEGER NOT NULL,"
                      + " seen_revision INTEGER NOT NULL, score DOUBLE PRECISION NOT NULL,"
                      + " decision TEXT, reason TEXT, decided_at TEXT,"
                      + " PRIMARY KEY (consultation_id, entry_id))",
                  "CREATE INDEX consultation_entries_entry ON consultation_entries (entry_id)",
                  "CREATE TABLE experiments ("
                      + " id TEXT PRIMARY KEY, consultation_id TEXT NOT NULL UNIQUE, task TEXT NOT NULL,"
                      + " domain TEXT, route TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL,"
                      + " outcome TEXT, finding_id TEXT, finding TEXT, closed_at TEXT)",
                  "CREATE INDEX experiments_task ON experiments (task, created_at)",
                  "CREATE TABLE graph_nodes ("
                      + " session TEXT NOT NULL, line INTEGER NOT NULL, task TEXT, node_type TEXT,"
                      + " node_id TEXT, body TEXT NOT NULL, imported_at TEXT NOT NULL,"
                      + " PRIMARY KEY (session, line))")),
          Migration.portable(
              3,
              "failure signatures: signature key, curator and occurrence count per entry, occurrence rows",
              List.of(
                  "ALTER TABLE entries ADD COLUMN signature_key TEXT",
                  "ALTER TABLE entries ADD COLUMN curator TEXT",
                  "ALTER TABLE entries ADD COLUMN occurrences INTEGER NOT NULL DEFAULT 1",
                  "CREATE INDEX entries_signature ON entries (signature_key, task_id)",
                  "CREATE TABLE entry_occurrences ("
                      + " entry_id TEXT NOT NULL, number INTEGER NOT NULL, signature_key TEXT NOT NULL,"
                      + " curator TEXT, source TEXT, author TEXT, created_at TEXT NOT NULL,"
                      + " input_hashes TEXT NOT NULL,"
                      + " PRIMARY KEY (entry_id, number))")),
          Migration.portable(
              4,
              "consultation ledger: recent consultations across tasks (index on opening time)",
              List.of("CREATE INDEX consultations_created ON consultations (created_at, id)")),
          Migration.portable(
              5,
              "bank identity: a random id created with the store, which the search index records",
              List.of(BankIdentity.CREATE_TABLE),
              BankIdentity::create));

  private static final long POSTGRES_MIGRATION_LOCK = 0x6e6b62616e6bL; // "nkbank"

  private Migrations() {}

  /** The newest schema version this build knows. */
  public static int latestVersion() {
    return STEPS.get(STEPS.size() - 1).version();
  }

  /**
   * Brings the bank's schema to {@link #latestVersion()}.
   *
   * @return the version the bank had before (0 for a new bank)
   * @throws SchemaVersionException when the bank is newer than this build
   */
  public static int apply(Database db) {
    Integer seen =
        db.read(
            c -> {
              try {
                return currentVersion(c);
              } catch (SQLException noTableYet) {
                return null;
              }
            });
    if (seen != null && seen > latestVersion()) {
      throw new SchemaVersionException(db.location().masked(), seen, latestVersion());
    }
    if (seen != null && seen == latestVersion()) {
      return seen;
    }
    return db.inWriteTransaction(
        c -> {
          if (db.dialect() == Dialect.POSTGRESQL) {
            // Serialises concurrent first opens: CREATE TABLE IF NOT EXISTS alone can race.
            try (Statement s = c.createStatement()) {
              s.execute("SELECT pg_advisory_xact_lock(" + POSTGRES_MIGRATION_LOCK + ")");
            }
          }
          try (Statement s = c.createStatement()) {
            s.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                    + " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
          }
          int current = currentVersion(c);
          if (current > latestVersion()) {
            throw new SchemaVersionException(db.location().masked(), current, latestVersion());
          }
          for (Migration m : STEPS) {
            if (m.version() <= current) {
              continue;
            }
            try (Statement s = c.createStatement()) {
              for (String sql : m.statements(db.dialect())) {
                s.execute(sql);
              }
            }
            if (m.data() != null) {
              m.data().run(c);
            }
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
              ps.setInt(1, m.version());
              ps.setString(2, m.description());
              ps.setString(3, Instant.now().toString());
              ps.executeUpdate();
            }
          }
          return current;
        });
  }

  /**
   * Whether the database holds a bank at all (of any version): false for an empty SQLite file or a
   * PostgreSQL database or schema nk never wrote to.
   */
  public static boolean isBank(Database db) {
    return db.read(
        c -> {
          try {
            currentVersion(c);
            return true;
          } catch (SQLException noTable) {
            return false;
          }
        });
  }

  /** The highest applied version; 0 when none. */
  public static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
