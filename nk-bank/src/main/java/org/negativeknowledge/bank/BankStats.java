package org.negativeknowledge.bank;

import java.util.Map;
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
    Map<EntryStatus, Long> byStatus) {}
