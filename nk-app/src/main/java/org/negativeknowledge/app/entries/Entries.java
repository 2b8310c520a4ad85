package org.negativeknowledge.app.entries;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.consult.ConsultationLedger;
import org.negativeknowledge.bank.consult.EntryUsefulness;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.BankStats;
import org.negativeknowledge.bank.entry.EntryNotFoundException;
import org.negativeknowledge.bank.graph.BankUseCounts;
import org.negativeknowledge.bank.io.ExportOptions;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.render.RenderedMemory;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.bank.search.SearchResults;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.ValidationLevel;
import org.negativeknowledge.validation.ValidationReport;
import org.negativeknowledge.validation.ValidationIssue;
import org.negativeknowledge.validation.Validator;

/**
 * The use cases on a bank's entries: import, add, search, get, history, revise, retract, stats,
 * export, render, reindex, usefulness. Thread-safe as far as the bank is.
 */
public final class Entries {
  private final Bank bank;
  private final TaxonomyProfile profile;

  /**
   * @param bank the bank to act on
   * @param profile the taxonomy profile {@link #add} validates against
   */
  public Entries(Bank bank, TaxonomyProfile profile) {
    this.bank = Objects.requireNonNull(bank, "bank");
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  /** Imports record files; see {@link Bank#importEntries}. */
  public ImportReport importFiles(List<Path> inputs, ImportOptions options) {
    return bank.importEntries(inputs, options);
  }

  /**
   * Validates one record at {@code level} and stores it.
   *
   * @param options domain, author, source of the entry (its profile is this service's)
   * @throws RecordRejectedException with every issue when the record is invalid, or when the bank
   *     refuses it (an id it holds with other content, a key too long)
   */
  public AddResult add(ObjectNode record, ValidationLevel level, ImportOptions options) {
    Objects.requireNonNull(record, "record");
    ValidationReport report = Validator.of(profile, level).validate(record);
    if (!report.valid()) {
      throw new RecordRejectedException(
          "the record has " + report.issues().size() + " validation issue(s) (" + level.name().toLowerCase(Locale.ROOT)
              + ", profile " + profile.name() + ")", report.issues());
    }
    ImportReport r = bank.importRecords(List.of(record.deepCopy()), "request", options.withProfile(profile));
    if (r.rejected() > 0) {
      var rej = r.rejections().get(0);
      throw new RecordRejectedException("the bank refused the record: " + rej.reason(),
          List.of(new ValidationIssue("", rej.code(), rej.reason())));
    }
    String id = r.entryIds().get(0);
    BankEntry stored = bank.get(id).orElseThrow(() -> new EntryNotFoundException(id));
    return new AddResult(stored, r.imported() > 0, r.warnings());
  }

  /** A page of hits for {@code query}, each with its entry's flags. */
  public SearchPage search(SearchQuery query) {
    SearchResults r = bank.search(query);
    List<String> ids = r.hits().stream().map(h -> h.entry().id()).toList();
    return new SearchPage(r, ids.isEmpty() ? java.util.Map.of() : ledger().flags(ids));
  }

  /**
   * The current revision of {@code id} with its flags, usefulness and citations in imported graphs.
   *
   * @throws EntryNotFoundException when the bank does not have it
   */
  public EntryDetail get(String id) {
    BankEntry e = bank.get(id).orElseThrow(() -> new EntryNotFoundException(id));
    BankUseCounts use = ledger().importedBankUse();
    return new EntryDetail(e, ledger().flags(List.of(id)).getOrDefault(id, List.of()), usefulness(id),
        use.citedCount(id), use.rejectedCount(id));
  }

  /**
   * Every revision of {@code id}, oldest first.
   *
   * @throws EntryNotFoundException when the bank does not have it
   */
  public List<BankEntry> history(String id) {
    List<BankEntry> revisions = bank.history(id);
    if (revisions.isEmpty()) {
      throw new EntryNotFoundException(id);
    }
    return revisions;
  }

  /**
   * Stores a corrected revision; with {@code expectedRevision} (not null) only when the current
   * revision is that one.
   */
  public BankEntry revise(String id, ObjectNode corrected, String reason, String author, Integer expectedRevision) {
    return expectedRevision == null
        ? bank.revise(id, corrected, reason, author)
        : bank.revise(id, corrected, reason, author, expectedRevision);
  }

  /** Retracts {@code id}. */
  public BankEntry retract(String id, String reason, String author) {
    return bank.retract(id, reason, author);
  }

  /** Counts by polarity, domain, facet, depth, shape and status. */
  public BankStats stats() {
    return bank.stats();
  }

  /** Writes the bank as JSONL; returns the number of lines. */
  public long export(Writer out, ExportOptions options) throws IOException {
    return bank.export(out, options);
  }

  /** The memory block of what {@code query} finds, within {@code tokenBudget}. */
  public RenderedMemory render(SearchQuery query, int tokenBudget) {
    return bank.render(query, tokenBudget);
  }

  /** Rebuilds the search index from the store. */
  public void reindex() {
    bank.reindex();
  }

  /** The usefulness of every entry ever surfaced, most helpful first. */
  public List<EntryUsefulness> usefulness() {
    return ledger().usefulness();
  }

  /** The usefulness of {@code id} (all zero when it was never surfaced). */
  public EntryUsefulness usefulness(String id) {
    return ledger().usefulness().stream().filter(u -> u.entryId().equals(id)).findFirst()
        .orElse(new EntryUsefulness(id, 0, 0, 0, 0, 0, 0, false));
  }

  private ConsultationLedger ledger() {
    return bank.consultations();
  }
}
