package org.negativeknowledge.app.curate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.CurationOrigin;
import org.negativeknowledge.bank.entry.EntryNotFoundException;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.CuratorKind;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.signature.FailureSignatureExtractor;

/**
 * Curate, then store: the one way a curated record reaches a bank, with one policy ({@link
 * StorePolicy}) and typed provenance (curator, model, input hashes, failure signature). A record
 * curated again for the same failure (same signature key and task) counts another occurrence of
 * the existing entry instead of a copy; a model record supersedes an offline one.
 */
public final class Curation {
  private final Bank bank; // null: curate only

  /** Curation storing into {@code bank}; null curates without a bank. */
  public Curation(Bank bank) {
    this.bank = bank;
  }

  /**
   * Runs the curation {@code request} asks for with {@code choice}, then stores the record as
   * {@code policy} says.
   *
   * @throws CuratorException when the curation fails (unreadable artifacts, the model failed)
   */
  public CurationOutcome curate(CurationRequest request, CuratorChoice choice, StorePolicy policy) {
    try (OpenCurator open = choice.open(request.outputPath())) {
      CurationResult r = switch (request.variant()) {
        case "round2" -> open.curator().curateRound2(request.task(), request.round1Record(), request.rounds().get(0));
        case "deep" -> open.curator().curateDeep(request.task(), request.rounds());
        default -> open.curator().curateDepth1(request.task(), request.rounds().get(0));
      };
      return store(request, r, open.kind(), policy);
    }
  }

  /**
   * Stores an existing curation of {@code request} as {@code policy} says.
   *
   * @param curator how the curator is named ({@code offline}, {@code model:<id>})
   */
  public CurationOutcome store(CurationRequest request, CurationResult r, String curator, StorePolicy policy) {
    if (policy == StorePolicy.NONE || bank == null) {
      return new CurationOutcome(r, curator, Optional.empty(), Optional.of("not asked to add it to a bank"));
    }
    if (!r.validation().valid() && policy == StorePolicy.VALID_ONLY) {
      return new CurationOutcome(r, curator, Optional.empty(), Optional.of(
          "the record has " + r.validation().issues().size() + " validation issue(s) after the repair turn"));
    }
    ObjectNode record = r.record().deepCopy();
    if (request.recordExtras() != null) {
      request.recordExtras().properties().forEach(e -> {
        if (!record.has(e.getKey())) {
          record.set(e.getKey(), e.getValue().deepCopy());
        }
      });
    }
    ImportOptions options = ImportOptions.defaults()
        .withSource(request.source() != null ? request.source() : "curation:" + request.task().taskId())
        .withAuthor("nk-curator:" + curator)
        .withInputHashes(r.provenance().inputHashes());
    if (request.domain() != null) {
      options = options.withDomain(request.domain());
    }
    Optional<CurationOrigin> origin = origin(r, request.rounds());
    String label = "curation:" + request.task().taskId();
    ImportReport report = origin.isPresent()
        ? bank.importCurated(List.of(record), label, options, origin.get())
        : bank.importRecords(List.of(record), label, options);
    if (!report.committed() || report.entryIds().isEmpty()) {
      String why = report.rejections().isEmpty() ? report.summary() : report.rejections().get(0).reason();
      return new CurationOutcome(r, curator, Optional.empty(), Optional.of("the bank refused it: " + why));
    }
    String id = report.entryIds().get(0);
    BankEntry entry = bank.get(id).orElseThrow(() -> new EntryNotFoundException(id));
    return new CurationOutcome(r, curator,
        Optional.of(new StoredCuration(entry, report, origin.map(CurationOrigin::signatureKey).orElse(null))),
        Optional.empty());
  }

  /**
   * The failure signature a curation is filed under: the one the offline curator computed, else
   * the one read from the logs of the last round. Empty when no key can be had (the record is then
   * stored without deduplication).
   */
  static Optional<CurationOrigin> origin(CurationResult r, List<FailureArtifacts> rounds) {
    boolean offline = r.provenance().curator() == CuratorKind.OFFLINE;
    String key = r.provenance().signatureKey().orElse("");
    if (key.isBlank() && !rounds.isEmpty()) {
      try {
        key = FailureSignatureExtractor.extract(rounds.get(rounds.size() - 1)).signatureKey();
      } catch (CuratorException unreadable) {
        key = "";
      }
    }
    if (key.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(offline ? CurationOrigin.offline(key) : CurationOrigin.llm(key));
  }
}
