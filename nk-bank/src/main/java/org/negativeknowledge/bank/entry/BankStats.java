package org.negativeknowledge.bank.entry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.Facet;

/**
 * Counts over a bank. Polarity, domain, facet, depth and shape counts cover active entries;
 * status counts cover every stored revision.
 *
 * @param activeEntries active entries
 * @param revisions stored revisions of all statuses
 * @param byPolarity "positive"/"negative" to count
 * @param byDomain domain to count ("(none)" for entries without one)
 * @param byFacet facet to value-to-count, values as written in the records
 * @param byDepth depth to count
 * @param byShape shape wire name to count
 * @param byStatus status to count of revisions
 */
public record BankStats(
    long activeEntries,
    long revisions,
    Map<String, Long> byPolarity,
    Map<String, Long> byDomain,
    Map<Facet, Map<String, Long>> byFacet,
    Map<Integer, Long> byDepth,
    Map<String, Long> byShape,
    Map<EntryStatus, Long> byStatus) {

  /**
   * The counts as JSON, the form every front end shows: {@code active_entries}, {@code revisions}
   * and {@code by_polarity}, {@code by_domain}, {@code by_depth}, {@code by_shape}, {@code
   * by_facet} (every facet, empty when no entry uses it), {@code by_status}.
   */
  public ObjectNode toJson() {
    ObjectNode o = NkJson.mapper().createObjectNode();
    o.put("active_entries", activeEntries);
    o.put("revisions", revisions);
    o.set("by_polarity", counts(byPolarity));
    o.set("by_domain", counts(byDomain));
    ObjectNode depth = o.putObject("by_depth");
    byDepth.forEach((k, v) -> depth.put(String.valueOf(k), v));
    o.set("by_shape", counts(byShape));
    ObjectNode facets = o.putObject("by_facet");
    for (Facet f : Facet.values()) {
      facets.set(f.fieldName(), counts(byFacet.getOrDefault(f, Map.of())));
    }
    ObjectNode status = o.putObject("by_status");
    byStatus.forEach((k, v) -> status.put(k.wireName(), v));
    return o;
  }

  private static ObjectNode counts(Map<String, Long> m) {
    ObjectNode o = NkJson.mapper().createObjectNode();
    m.forEach(o::put);
    return o;
  }
}
