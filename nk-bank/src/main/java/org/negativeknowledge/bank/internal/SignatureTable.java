package org.negativeknowledge.bank.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.bank.entry.Occurrence;

/**
 * The SQL of deduplication by failure signature: the {@code signature_key}, {@code curator} and
 * {@code occurrences} columns of {@code entries} and the {@code entry_occurrences} table (schema
 * step 3). Every method runs on the caller's connection, inside its transaction.
 */
final class SignatureTable {

  /**
   * The active entry a signature key and task point to.
   *
   * @param id the entry id
   * @param revision its current (active) revision
   * @param curator the curator of that revision, or null when unknown
   * @param occurrences how many times the failure was seen so far (1 = only the entry itself)
   * @param contentHash the content hash of that revision
   */
  record Match(String id, int revision, String curator, int occurrences, String contentHash) {}

  private SignatureTable() {}

  /** The oldest active entry with this key and task ({@code taskId} null matches no task). */
  static Optional<Match> findActive(Connection c, String signatureKey, String taskId) throws SQLException {
    String sql =
        "SELECT id, revision, curator, occurrences, content_hash FROM entries"
            + " WHERE signature_key = ? AND status = 'active' AND "
            + (taskId == null ? "task_id IS NULL" : "task_id = ?")
            + " ORDER BY ordinal LIMIT 1";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, signatureKey);
      if (taskId != null) {
        ps.setString(2, taskId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Match(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getString(5)));
      }
    }
  }

  /** Stores the key, curator and occurrence count on one revision (nulls clear them). */
  static void tag(Connection c, String id, int revision, String signatureKey, String curator, int occurrences)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE entries SET signature_key = ?, curator = ?, occurrences = ? WHERE id = ? AND revision = ?")) {
      setNullable(ps, 1, signatureKey);
      setNullable(ps, 2, curator);
      ps.setInt(3, Math.max(1, occurrences));
      ps.setString(4, id);
      ps.setInt(5, revision);
      ps.executeUpdate();
    }
  }

  /**
   * Counts one more occurrence on revision {@code revision} of {@code id}: stores the occurrence
   * row and moves the revision to {@code sequence} so the search index sees the new count.
   *
   * @return the occurrence's number
   */
  static int addOccurrence(
      Connection c,
      String id,
      int revision,
      String signatureKey,
      String curator,
      String source,
      String author,
      String inputHashesJson,
      Instant now,
      long sequence)
      throws SQLException {
    int number;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT occurrences FROM entries WHERE id = ? AND revision = ?")) {
      ps.setString(1, id);
      ps.setInt(2, revision);
      try (ResultSet rs = ps.executeQuery()) {
        number = (rs.next() ? rs.getInt(1) : 1) + 1;
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO entry_occurrences (entry_id, number, signature_key, curator, source, author,"
                + " created_at, input_hashes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setInt(2, number);
      ps.setString(3, signatureKey);
      setNullable(ps, 4, curator);
      setNullable(ps, 5, source);
      setNullable(ps, 6, author);
      ps.setString(7, now.toString());
      ps.setString(8, inputHashesJson);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE entries SET occurrences = ?, sequence = ? WHERE id = ? AND revision = ?")) {
      ps.setInt(1, number);
      ps.setLong(2, sequence);
      ps.setString(3, id);
      ps.setInt(4, revision);
      ps.executeUpdate();
    }
    return number;
  }

  /** Every further occurrence of {@code id}, oldest first. */
  static List<Occurrence> occurrences(Connection c, String id) throws SQLException {
    List<Occurrence> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT entry_id, number, signature_key, curator, source, author, created_at, input_hashes"
                + " FROM entry_occurrences WHERE entry_id = ? ORDER BY number")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Occurrence(
                  rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                  rs.getString(6), Instant.parse(rs.getString(7)), EntryTable.parseHashes(rs.getString(8))));
        }
      }
    }
    return out;
  }

  private static void setNullable(PreparedStatement ps, int i, String v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, v);
    }
  }
}
