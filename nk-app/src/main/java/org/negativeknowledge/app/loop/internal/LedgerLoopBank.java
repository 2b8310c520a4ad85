package org.negativeknowledge.app.loop.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.negativeknowledge.app.loop.CuratedRecord;
import org.negativeknowledge.app.loop.EntryChoice;
import org.negativeknowledge.app.loop.LoopTask;
import org.negativeknowledge.app.loop.ShownEntry;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.CurationOrigin;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.consult.Consultation;
import org.negativeknowledge.bank.consult.ConsultationLedger;
import org.negativeknowledge.bank.consult.Outcome;
import org.negativeknowledge.bank.consult.SurfacedEntry;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/** {@link LoopBank} over a {@link Bank} and its consultation ledger. */
public final class LedgerLoopBank implements LoopBank {
  private final Bank bank;
  private final ConsultationLedger ledger;

  private LedgerLoopBank(Bank bank) {
    this.bank = bank;
    this.ledger = bank.consultations();
  }

  /** Opens (creating on first use) the bank at {@code url}. */
  public static LedgerLoopBank open(String url) {
    return new LedgerLoopBank(Bank.open(url));
  }

  @Override
  public Consulted consult(LoopTask task, String context, int tokenBudget) {
    Consultation c = ledger.open(task.id(), context, task.domain().orElse(null), tokenBudget);
    List<ShownEntry> shown = new ArrayList<>();
    for (SurfacedEntry s : c.surfaced()) {
      java.util.Optional<BankEntry> entry = bank.get(s.entryId());
      ObjectNode original = entry.map(BankEntry::original).orElseGet(JsonNodeFactory.instance::objectNode);
      String from = entry.map(BankEntry::taskId).orElse("");
      shown.add(new ShownEntry(s.entryId(), s.rank(), s.flags(), from == null ? "" : from, original));
    }
    return new Consulted(c.id(), c.memory().text(), shown);
  }

  @Override
  public void decide(String consultationId, EntryChoice choice) {
    ledger.decide(consultationId, choice.entryId(), choice.decision(), oneLine(choice.reason()));
  }

  @Override
  public String propose(String consultationId, ObjectNode experiment) {
    return ledger.propose(consultationId, experiment, null, false).experimentId();
  }

  @Override
  public void finding(String experimentId, boolean success, ObjectNode diagnostics, String note) {
    ledger.finding(experimentId, success ? Outcome.SUCCESS : Outcome.FAILURE, diagnostics, note);
  }

  @Override
  public Added add(CuratedRecord record, LoopTask task, String source) {
    ImportOptions options = ImportOptions.defaults().withProfile(TaxonomyProfile.exploration()).withSource(source)
        .withAuthor("nk-loop:" + record.curator()).withInputHashes(record.inputHashes());
    if (task.domain().isPresent() && !record.record().has("domain")) {
      options = options.withDomain(task.domain().get());
    }
    ObjectNode copy = record.record().deepCopy();
    ImportReport report = record.signatureKey().isPresent()
        ? bank.importCurated(List.of(copy), source, options, new CurationOrigin(record.signatureKey().get(),
            record.curator().equals(CurationOrigin.OFFLINE) ? CurationOrigin.OFFLINE : CurationOrigin.LLM))
        : bank.importRecords(List.of(copy), source, options);
    if (!report.committed() && report.unchanged() == 0) {
      throw new org.negativeknowledge.app.loop.LoopException(source + ": the bank refused the record: "
          + report.rejections());
    }
    String note = report.deduplicated() > 0 ? "deduplicated" : report.superseded() > 0 ? "superseded"
        : report.imported() > 0 ? "imported" : "unchanged";
    if (report.entryIds().isEmpty()) {
      throw new org.negativeknowledge.app.loop.LoopException(source + ": the bank's import report names no entry for the"
          + " record (" + report.summary() + ")");
    }
    return new Added(report.entryIds().get(0), note);
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("\\s+", " ").strip();
    return line.isEmpty() ? "(no reason given)" : line;
  }

  @Override
  public String location() {
    return bank.location();
  }

  @Override
  public void close() {
    bank.close();
  }
}
