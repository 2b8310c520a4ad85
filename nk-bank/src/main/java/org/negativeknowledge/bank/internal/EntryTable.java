package org.negativeknowledge.bank.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.ChangeMark;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.bank.entry.Provenance;
import org.negativeknowledge.bank.store.Dialect;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.record.Polarity;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.taxonomy.Facet;
import org.negativeknowledge.validation.ValidationIssue;

/** The SQL over the {@code entries} table. Every method runs on the caller's connection. */
final class EntryTable {
  static final String COLUMNS =
      "id, revision, sequence, ordinal, content_hash, shape, depth, polarity, polarity_rule,"
          + " domain, task_id, facet_layer, facet_scope, facet_degree, facet_recommended_action,"
          + " facet_risk, status, reason, source, author, created_at, input_hashes, warnings, original";
  private static final String SELECT =
      "SELECT id, revision, sequence, shape, depth, polarity, polarity_rule, domain, task_id,"
          + " facet_layer, facet_scope, facet_degree, facet_recommended_action, facet_risk, status,"
          + " reason, source, author, created_at, input_hashes, original, signature_key, occurrences,"
          + " curator FROM entries";
  private static final int LOOKUP_CHUNK = 500;

  private final Dialect dialect;

  EntryTable(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * On PostgreSQL, takes the change-sequence row lock so concurrent writers queue (SQLite's BEGIN
   * IMMEDIATE already did that). Call first in every write transaction: sequences then commit in
   * order, so the index following the feed never skips a write.
   */
  void lockWriters(Connection c) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      try (Statement s = c.createStatement()) {
        s.executeQuery("SELECT value FROM change_sequence WHERE id = 1 FOR UPDATE").close();
      }
    }
  }

  /** Reserves {@code n} sequence numbers; returns the first. */
  long allocateSequences(Connection c, int n) throws SQLException {
    try (PreparedStatement up =
        c.prepareStatement("UPDATE change_sequence SET value = value + ? WHERE id = 1")) {
      up.setInt(1, n);
      up.executeUpdate();
    }
    return lastSequence(c) - n + 1;
  }

  long lastSequence(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT value FROM change_sequence WHERE id = 1")) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /**
   * Whether the store's history holds {@code mark}: no other revision has its sequence, and the
   * revision it names is stored with the same write time at that sequence or a later one.
   */
  boolean holds(Connection c, ChangeMark mark) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id, revision FROM entries WHERE sequence = ?")) {
      ps.setLong(1, mark.sequence());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next() && !(rs.getString(1).equals(mark.entryId()) && rs.getInt(2) == mark.revision())) {
          return false;
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT created_at, sequence FROM entries WHERE id = ? AND revision = ?")) {
      ps.setString(1, mark.entryId());
      ps.setInt(2, mark.revision());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            && mark.matches(mark.entryId(), mark.revision(), Instant.parse(rs.getString(1)), rs.getLong(2));
      }
    }
  }

  /** What the store holds for each of {@code ids} that exists. */
  Map<String, StoredState> states(Connection c, Collection<String> ids) throws SQLException {
    Map<String, StoredState> out = new HashMap<>();
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
      List<String> part = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
      String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT id, revision, status, content_hash FROM entries WHERE id IN ("
                  + marks
                  + ") ORDER BY id, revision")) {
        for (int i = 0; i < part.size(); i++) {
          ps.setString(i + 1, part.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString(1);
            StoredState prev = out.get(id);
            java.util.Set<String> hashes = prev == null ? new HashSet<>() : prev.contentHashes();
            hashes.add(rs.getString(4));
            out.put(id, new StoredState(hashes, rs.getInt(2), EntryStatus.fromWireName(rs.getString(3))));
          }
        }
      }
    }
    return out;
  }

  /** Inserts {@code rows}, giving them consecutive sequences from {@code firstSequence}. */
  void insert(Connection c, List<NewRow> rows, long firstSequence, Instant now) throws SQLException {
    String marks = String.join(",", java.util.Collections.nCopies(24, "?"));
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO entries (" + COLUMNS + ") VALUES (" + marks + ")")) {
      long seq = firstSequence;
      String createdAt = now.toString();
      for (NewRow r : rows) {
        DerivedEntry e = r.entry();
        int i = 1;
        ps.setString(i++, e.id());
        ps.setInt(i++, r.revision());
        ps.setLong(i++, seq);
        ps.setLong(i++, r.ordinal() > 0 ? r.ordinal() : seq);
        ps.setString(i++, e.contentHash());
        ps.setString(i++, e.shape().wireName());
        ps.setInt(i++, e.depth());
        ps.setString(i++, e.polarity().polarity().name().toLowerCase(java.util.Locale.ROOT));
        ps.setString(i++, e.polarity().rule());
        setNullable(ps, i++, e.domain());
        setNullable(ps, i++, e.taskId());
        for (Facet f : Facet.values()) {
          setNullable(ps, i++, e.facets().get(f));
        }
        ps.setString(i++, r.status().wireName());
        setNullable(ps, i++, r.reason());
        setNullable(ps, i++, r.source());
        setNullable(ps, i++, r.author());
        ps.setString(i++, createdAt);
        ps.setString(i++, r.inputHashesJson());
        ps.setString(i++, warningsJson(e.warnings()));
        ps.setString(i, e.originalText());
        ps.addBatch();
        seq++;
      }
      ps.executeBatch();
    }
  }

  /** Sets a revision's status and moves it to {@code sequence} so the index sees the change. */
  void setStatus(Connection c, String id, int revision, EntryStatus status, long sequence)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE entries SET status = ?, sequence = ? WHERE id = ? AND revision = ?")) {
      ps.setString(1, status.wireName());
      ps.setLong(2, sequence);
      ps.setString(3, id);
      ps.setInt(4, revision);
      ps.executeUpdate();
    }
  }

  /** The highest revision of {@code id}. */
  Optional<BankEntry> current(Connection c, String id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(SELECT + " WHERE id = ? ORDER BY revision DESC LIMIT 1")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  /** The ordinal of {@code id}'s first revision. */
  long ordinal(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT MIN(ordinal) FROM entries WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  List<BankEntry> history(Connection c, String id) throws SQLException {
    List<BankEntry> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ? ORDER BY revision")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
    }
    return out;
  }

  /**
   * Up to {@code limit} revisions with sequence &gt; {@code after}, ascending, each with its
   * original object's stored JSON text (the search index keeps that text as is).
   */
  List<ChangedRow> changesSince(Connection c, long after, int limit) throws SQLException {
    List<ChangedRow> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(SELECT + " WHERE sequence > ? ORDER BY sequence LIMIT ?")) {
      ps.setLong(1, after);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String originalText = rs.getString("original");
          out.add(new ChangedRow(map(rs, originalText), originalText));
        }
      }
    }
    return out;
  }

  /**
   * Up to {@code limit} rows in export order after the position (ordinal, revision), as {@link
   * ExportRow}s.
   */
  List<ExportRow> exportPage(Connection c, boolean all, long afterOrdinal, int afterRevision, int limit)
      throws SQLException {
    String where =
        (all ? "" : "status = 'active' AND ")
            + "(ordinal > ? OR (ordinal = ? AND revision > ?))";
    List<ExportRow> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT ordinal, revision, original, id, status, polarity, polarity_rule, domain,"
                + " source, author, created_at, input_hashes, reason FROM entries WHERE "
                + where
                + " ORDER BY ordinal, revision LIMIT ?")) {
      ps.setLong(1, afterOrdinal);
      ps.setLong(2, afterOrdinal);
      ps.setInt(3, afterRevision);
      ps.setInt(4, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ExportRow(
                  rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                  rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                  rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)));
        }
      }
    }
    return out;
  }

  /** Counts grouped by one column over active rows (or all rows for {@code status}). */
  Map<String, Long> countBy(Connection c, String column, boolean activeOnly) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT "
                    + column
                    + ", COUNT(*) FROM entries"
                    + (activeOnly ? " WHERE status = 'active'" : "")
                    + " GROUP BY "
                    + column
                    + " ORDER BY COUNT(*) DESC, "
                    + column)) {
      while (rs.next()) {
        String k = rs.getString(1);
        out.put(k == null ? "(none)" : k, rs.getLong(2));
      }
    }
    return out;
  }

  long count(Connection c, boolean activeOnly) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*) FROM entries" + (activeOnly ? " WHERE status = 'active'" : ""))) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private static BankEntry map(ResultSet rs) throws SQLException {
    return map(rs, rs.getString("original"));
  }

  private static BankEntry map(ResultSet rs, String originalText) throws SQLException {
    Map<Facet, String> facets = new EnumMap<>(Facet.class);
    int col = 10;
    for (Facet f : Facet.values()) {
      String v = rs.getString(col++);
      if (v != null) {
        facets.put(f, v);
      }
    }
    Provenance provenance =
        new Provenance(
            rs.getString("source"),
            rs.getString("author"),
            Instant.parse(rs.getString("created_at")),
            parseHashes(rs.getString("input_hashes")),
            rs.getString("curator"));
    return new BankEntry(
        rs.getString("id"),
        rs.getInt("revision"),
        rs.getLong("sequence"),
        RecordShape.fromWireName(rs.getString("shape")),
        rs.getInt("depth"),
        Polarity.valueOf(rs.getString("polarity").toUpperCase(java.util.Locale.ROOT)),
        rs.getString("polarity_rule"),
        rs.getString("domain"),
        rs.getString("task_id"),
        facets,
        EntryStatus.fromWireName(rs.getString("status")),
        provenance,
        NkJson.parseObject(originalText),
        rs.getString("reason"),
        rs.getString("signature_key"),
        rs.getInt("occurrences"));
  }

  static Map<String, String> parseHashes(String json) {
    try {
      return NkJson.mapper().readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("stored input hashes are not a JSON object: " + json, e);
    }
  }

  static String hashesJson(Map<String, String> hashes) {
    return NkJson.compact(NkJson.mapper().valueToTree(new java.util.TreeMap<>(hashes)));
  }

  private static String warningsJson(List<ValidationIssue> issues) {
    ArrayNode arr = JsonNodeFactory.instance.arrayNode();
    for (ValidationIssue i : issues) {
      arr.addObject().put("path", i.path()).put("code", i.code()).put("message", i.message());
    }
    return NkJson.compact(arr);
  }

  private static void setNullable(PreparedStatement ps, int i, String v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, v);
    }
  }

}
