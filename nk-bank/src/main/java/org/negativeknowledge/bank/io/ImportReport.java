package org.negativeknowledge.bank.io;

import org.negativeknowledge.bank.entry.CurationOrigin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * <p>When the import ran all-or-nothing and found any rejection, nothing was written: {@code
 * imported} and {@code unchanged} then count what <em>would</em> have been stored, and {@link
 * #committed()} is false.
 *
 * <p>Memory does not grow with the number of rejections: the report lists the first {@link
 * #LISTED_REJECTIONS} of them and counts all of them by code.
 *
 * @param imported records stored as new entries
 * @param unchanged records whose content the bank already held (same id and same content)
 * @param rejected records not stored
 * @param rejections the first {@link #LISTED_REJECTIONS} rejections, in input order
 * @param rejectionCounts every rejection counted by {@link Rejection#code()}, codes in the order
 *     they first occurred
 * @param warnings notes that did not stop the import (reference-validation issues stored with
 *     entries, an index that could not follow yet)
 * @param committed whether the store was changed by this import
 * @param deduplicated curated records counted as another occurrence of an entry with the same
 *     signature key and task instead of being stored (see {@link CurationOrigin})
 * @param superseded LLM-curated records stored as a new revision of an offline-curated entry with
 *     the same signature key and task
 * @param entryIds the ids of the entries the first {@link #LISTED_ENTRIES} accepted records became
 *     (imported), matched (unchanged) or were counted on (deduplicated, superseded), in input order
 */
public record ImportReport(
    int imported,
    int unchanged,
    int rejected,
    List<Rejection> rejections,
    Map<String, Long> rejectionCounts,
    List<String> warnings,
    boolean committed,
    int deduplicated,
    int superseded,
    List<String> entryIds) {

  /** How many rejections a report lists with their source and reason. */
  public static final int LISTED_REJECTIONS = 100;

  /** How many entry ids a report lists. */
  public static final int LISTED_ENTRIES = 100;

  public ImportReport {
    rejections = List.copyOf(rejections);
    rejectionCounts = Collections.unmodifiableMap(new LinkedHashMap<>(rejectionCounts));
    warnings = List.copyOf(warnings);
    entryIds = List.copyOf(entryIds);
  }

  /** This report with one more warning. */
  public ImportReport withWarning(String warning) {
    List<String> more = new java.util.ArrayList<>(warnings);
    more.add(warning);
    return new ImportReport(
        imported, unchanged, rejected, rejections, rejectionCounts, more, committed, deduplicated, superseded,
        entryIds);
  }

  /** Rejections counted but not listed in {@link #rejections()}. */
  public int rejectionsNotListed() {
    return rejected - rejections.size();
  }

  /** One line for people: {@code imported 12, unchanged 3, rejected 0}. */
  public String summary() {
    return "imported "
        + imported
        + ", unchanged "
        + unchanged
        + ", rejected "
        + rejected
        + (deduplicated > 0 ? ", deduplicated " + deduplicated + " (occurrences added)" : "")
        + (superseded > 0 ? ", superseded " + superseded + " offline entr" + (superseded == 1 ? "y" : "ies") : "")
        + (committed ? "" : " (nothing written)");
  }
}
