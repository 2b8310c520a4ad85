package org.negativeknowledge.bank.consult.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.negativeknowledge.bank.consult.EntryUsefulness;

/**
 * Usefulness counters, computed from the ledger itself (surfaced entries joined with their
 * experiment's outcome) so they can never drift from the decisions and findings they count.
 */
final class UsefulnessQuery {
  private static final String SELECT =
      "SELECT ce.entry_id, COUNT(*),"
          + " SUM(CASE WHEN ce.decision = 'adopt' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN ce.decision = 'reject' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN ce.decision = 'adopt' AND e.outcome = 'success' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN ce.decision = 'adopt' AND e.outcome = 'partial' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN ce.decision = 'adopt' AND e.outcome = 'failure' THEN 1 ELSE 0 END)"
          + " FROM consultation_entries ce"
          + " LEFT JOIN experiments e ON e.consultation_id = ce.consultation_id";

  private UsefulnessQuery() {}

  /** Counters of the given entries, or of every surfaced entry when {@code ids} is null. */
  static List<EntryUsefulness> run(Connection c, Collection<String> ids, int misleadingAfter) throws SQLException {
    StringBuilder sql = new StringBuilder(SELECT);
    if (ids != null) {
      if (ids.isEmpty()) {
        return List.of();
      }
      sql.append(" WHERE ce.entry_id IN (").append("?,".repeat(ids.size() - 1)).append("?)");
    }
    sql.append(" GROUP BY ce.entry_id ORDER BY ce.entry_id");
    List<EntryUsefulness> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int i = 1;
      if (ids != null) {
        for (String id : ids) {
          ps.setString(i++, id);
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long success = rs.getLong(5);
          long failure = rs.getLong(7);
          out.add(
              new EntryUsefulness(
                  rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), success, rs.getLong(6),
                  failure, failure >= misleadingAfter && success == 0));
        }
      }
    }
    return out;
  }
}
