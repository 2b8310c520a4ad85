package org.negativeknowledge.bank.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.negativeknowledge.bank.entry.BankStats;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.taxonomy.Facet;

/** The counts of {@link BankStats}, read from the entries table in one snapshot. */
final class StatsQuery {
  private StatsQuery() {}

  static BankStats of(Connection c, EntryTable table) throws SQLException {
    Map<Facet, Map<String, Long>> byFacet = new EnumMap<>(Facet.class);
    for (Facet f : Facet.values()) {
      Map<String, Long> values = table.countBy(c, "facet_" + f.fieldName(), true);
      values.remove("(none)");
      byFacet.put(f, values);
    }
    Map<Integer, Long> byDepth = new LinkedHashMap<>();
    table.countBy(c, "depth", true).forEach((k, v) -> byDepth.put(Integer.valueOf(k), v));
    Map<EntryStatus, Long> byStatus = new EnumMap<>(EntryStatus.class);
    table.countBy(c, "status", false).forEach((k, v) -> byStatus.put(EntryStatus.fromWireName(k), v));
    return new BankStats(
        table.count(c, true),
        table.count(c, false),
        table.countBy(c, "polarity", true),
        table.countBy(c, "domain", true),
        byFacet,
        byDepth,
        table.countBy(c, "shape", true),
        byStatus);
  }
}
