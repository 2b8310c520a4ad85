package org.negativeknowledge.bank.consult.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.bank.consult.Consultation;
import org.negativeknowledge.bank.consult.SurfacedEntry;
import org.negativeknowledge.bank.store.Dialect;
import org.negativeknowledge.record.NkJson;

/**
 * The SQL of the ledger's tables (schema step 2 of {@code Migrations}). Row locks: on PostgreSQL
 * the consultation or experiment row is read {@code FOR UPDATE}, so decisions, the proposal and
 * the finding on one consultation are serialised; on SQLite the write transaction ({@code BEGIN
 * IMMEDIATE}) already holds the database's write lock.
 */
final class LedgerTables {
  static final String OPEN = "open";
  static final String PROPOSED = "proposed";

  private final String forUpdate;

  LedgerTables(Dialect dialect) {
    this.forUpdate = dialect == Dialect.POSTGRESQL ? " FOR UPDATE" : "";
  }

  void insertConsultation(Connection c, Consultation k, int tokenBudget) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO consultations (id, task, context, domain, token_budget, memory, memory_tokens,"
                + " state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, k.id());
      ps.setString(2, k.task());
      ps.setString(3, k.context());
      ps.setString(4, k.domain());
      ps.setInt(5, tokenBudget);
      ps.setString(6, k.memory().text());
      ps.setInt(7, k.memory().tokens());
      ps.setString(8, OPEN);
      ps.setString(9, k.createdAt().toString());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO consultation_entries (consultation_id, entry_id, ordinal, seen_revision, score)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (SurfacedEntry s : k.surfaced()) {
        ps.setString(1, k.id());
        ps.setString(2, s.entryId());
        ps.setInt(3, s.rank());
        ps.setInt(4, s.seenRevision());
        ps.setDouble(5, s.score());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The consultation's state, locking its row on PostgreSQL; empty when unknown. */
  Optional<String> lockConsultation(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT state FROM consultations WHERE id = ?" + forUpdate)) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** A consultation's task, context and domain, or empty. */
  Optional<String[]> consultationHeader(Connection c, String id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT task, context, domain, created_at, state FROM consultations WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)})
            : Optional.empty();
      }
    }
  }

  List<String> consultationsOfTask(Connection c, String task) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id FROM consultations WHERE task = ? ORDER BY created_at, id")) {
      ps.setString(1, task);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }

  List<SurfacedRow> surfaced(Connection c, String consultationId) throws SQLException {
    List<SurfacedRow> rows = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT entry_id, ordinal, seen_revision, score, decision, reason, decided_at"
                + " FROM consultation_entries WHERE consultation_id = ? ORDER BY ordinal")) {
      ps.setString(1, consultationId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new SurfacedRow(
                  rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getDouble(4), rs.getString(5),
                  rs.getString(6), rs.getString(7)));
        }
      }
    }
    return rows;
  }

  /** Sets one decision; returns false when the consultation did not surface the entry. */
  boolean setDecision(Connection c, String consultationId, String entryId, String decision, String reason, String at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE consultation_entries SET decision = ?, reason = ?, decided_at = ?"
                + " WHERE consultation_id = ? AND entry_id = ?")) {
      ps.setString(1, decision);
      ps.setString(2, reason);
      ps.setString(3, at);
      ps.setString(4, consultationId);
      ps.setString(5, entryId);
      return ps.executeUpdate() == 1;
    }
  }

  void insertExperiment(Connection c, String id, String consultationId, String task, String domain, String route,
      ObjectNode body, String at) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO experiments (id, consultation_id, task, domain, route, body, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, consultationId);
      ps.setString(3, task);
      ps.setString(4, domain);
      ps.setString(5, route);
      ps.setString(6, NkJson.compact(body));
      ps.setString(7, at);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE consultations SET state = ? WHERE id = ?")) {
      ps.setString(1, PROPOSED);
      ps.setString(2, consultationId);
      ps.executeUpdate();
    }
  }

  /** The experiment's row (consultation id, outcome, body), locking it on PostgreSQL. */
  Optional<ExperimentRow> lockExperiment(Connection c, String id) throws SQLException {
    return experiment(c, "SELECT id, consultation_id, outcome, body, finding FROM experiments WHERE id = ?" + forUpdate, id);
  }

  Optional<ExperimentRow> experimentById(Connection c, String id) throws SQLException {
    return experiment(c, "SELECT id, consultation_id, outcome, body, finding FROM experiments WHERE id = ?", id);
  }

  Optional<ExperimentRow> experimentOf(Connection c, String consultationId) throws SQLException {
    return experiment(
        c, "SELECT id, consultation_id, outcome, body, finding FROM experiments WHERE consultation_id = ?", consultationId);
  }

  private static Optional<ExperimentRow> experiment(Connection c, String sql, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String finding = rs.getString(5);
        return Optional.of(
            new ExperimentRow(
                rs.getString(1), rs.getString(2), rs.getString(3), NkJson.parseObject(rs.getString(4)),
                finding == null ? null : NkJson.parseObject(finding)));
      }
    }
  }

  void closeExperiment(Connection c, String id, String outcome, String findingId, ObjectNode finding, String at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE experiments SET outcome = ?, finding_id = ?, finding = ?, closed_at = ? WHERE id = ?")) {
      ps.setString(1, outcome);
      ps.setString(2, findingId);
      ps.setString(3, NkJson.compact(finding));
      ps.setString(4, at);
      ps.setString(5, id);
      ps.executeUpdate();
    }
  }

  /** Failed experiments (id, route), of one task or of all when {@code task} is null. */
  List<String[]> failedExperiments(Connection c, String task) throws SQLException {
    String sql = "SELECT id, route FROM experiments WHERE outcome = 'failure'" + (task != null ? " AND task = ?" : "")
        + " ORDER BY created_at";
    List<String[]> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (task != null) {
        ps.setString(1, task);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
    }
    return out;
  }

  /**
   * Consultation headers with their experiment (id, outcome): the newest {@code limit} of all
   * tasks when {@code id} is null, else the one with that id. Newest first (schema step 4's index).
   */
  List<ConsultationHead> consultationHeads(Connection c, String id, int limit) throws SQLException {
    String sql = "SELECT k.id, k.task, k.domain, k.context, k.created_at, e.id, e.outcome"
        + " FROM consultations k LEFT JOIN experiments e ON e.consultation_id = k.id"
        + (id != null ? " WHERE k.id = ?" : "")
        + " ORDER BY k.created_at DESC, k.id DESC LIMIT ?";
    List<ConsultationHead> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      if (id != null) {
        ps.setString(i++, id);
      }
      ps.setInt(i, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ConsultationHead(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7)));
        }
      }
    }
    return out;
  }

  /** The experiments whose consultation decided on {@code entryId}, newest first. */
  List<CitationRow> citations(Connection c, String entryId) throws SQLException {
    List<CitationRow> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT e.id, e.consultation_id, e.task, ce.decision, ce.reason, ce.seen_revision, e.created_at, e.outcome"
                + " FROM consultation_entries ce JOIN experiments e ON e.consultation_id = ce.consultation_id"
                + " WHERE ce.entry_id = ? AND ce.decision IS NOT NULL"
                + " ORDER BY e.created_at DESC, e.id DESC")) {
      ps.setString(1, entryId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new CitationRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8)));
        }
      }
    }
    return out;
  }

  /** Replaces the imported nodes of {@code session}. */
  void replaceGraph(Connection c, String session, String task, List<ObjectNode> nodes, String at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM graph_nodes WHERE session = ?")) {
      ps.setString(1, session);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO graph_nodes (session, line, task, node_type, node_id, body, imported_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int line = 0;
      for (ObjectNode n : nodes) {
        ps.setString(1, session);
        ps.setInt(2, ++line);
        ps.setString(3, task);
        ps.setString(4, n.path("node_type").asText(null));
        ps.setString(5, n.path("id").asText(null));
        ps.setString(6, NkJson.compact(n));
        ps.setString(7, at);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The imported node objects of one session (or of all, when null), in order. */
  List<ObjectNode> importedNodes(Connection c, String session) throws SQLException {
    String sql = "SELECT body FROM graph_nodes" + (session != null ? " WHERE session = ?" : "") + " ORDER BY session, line";
    List<ObjectNode> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (session != null) {
        ps.setString(1, session);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(NkJson.parseObject(rs.getString(1)));
        }
      }
    }
    return out;
  }

  List<String> sessions(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT session FROM graph_nodes ORDER BY session");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** A consultation with its experiment's id and outcome (null when none). */
  record ConsultationHead(String id, String task, String domain, String context, String createdAt,
      String experimentId, String outcome) {}

  /** One experiment's decision on an entry. */
  record CitationRow(String experimentId, String consultationId, String task, String decision, String reason,
      int seenRevision, String createdAt, String outcome) {}

  /** One experiments row. */
  record ExperimentRow(String id, String consultationId, String outcome, ObjectNode body, ObjectNode finding) {}
}
