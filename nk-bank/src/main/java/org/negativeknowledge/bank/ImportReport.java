package org.negativeknowledge.bank;

import java.util.List;

/**
 * What an import did.
 *
 * <p>When the import ran all-or-nothing and found any rejection, nothing was written: {@code
 * imported} and {@code unchanged} then count what <em>would</em> have been stored, and {@link
 * #committed()} is false.
 *
 * @param imported records stored as new entries
 * @param unchanged records whose content the bank already held (same id and same content)
 * @param rejected records not stored
 * @param rejections one per rejected record, in input order
 * @param warnings notes that did not stop the import (reference-validation issues stored with
 *     entries, an index that could not follow yet)
 * @param committed whether the store was changed by this import
 * @param deduplicated curated records counted as another occurrence of an entry with the same
 *     signature key and task instead of being stored (see {@link CurationOrigin})
 * @param superseded LLM-curated records stored as a new revision of an offline-curated entry with
 *     the same signature key and task
 */
public record ImportReport(
    int imported,
    int unchanged,
    int rejected,
    List<Rejection> rejections,
    List<String> warnings,
    boolean committed,
    int deduplicated,
    int superseded) {

  public ImportReport {
    rejections = List.copyOf(rejections);
    warnings = List.copyOf(warnings);
  }

  /** A report of an import without curation origins (nothing deduplicated or superseded). */
  public ImportReport(
      int imported,
      int unchanged,
      int rejected,
      List<Rejection> rejections,
      List<String> warnings,
      boolean committed) {
    this(imported, unchanged, rejected, rejections, warnings, committed, 0, 0);
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
