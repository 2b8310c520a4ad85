package org.negativeknowledge.app.loop.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.curate.CurationOutcome;
import org.negativeknowledge.app.curate.StorePolicy;
import org.negativeknowledge.app.curate.StoredCuration;
import org.negativeknowledge.app.loop.CuratedRecord;
import org.negativeknowledge.app.loop.EntryChoice;
import org.negativeknowledge.app.loop.LoopTask;
import org.negativeknowledge.app.loop.ShownEntry;
import org.negativeknowledge.app.protocol.DecisionRequest;
import org.negativeknowledge.app.protocol.Protocol;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.consult.Consultation;
import org.negativeknowledge.bank.consult.Outcome;
import org.negativeknowledge.bank.consult.SurfacedEntry;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/**
 * {@link LoopBank} over the application layer's services on one bank: the consultation {@link
 * Protocol} and the curation service's store step (one store policy, typed provenance,
 * deduplication by failure signature).
 */
public final class LedgerLoopBank implements LoopBank {
  private final NkApp app;
  private final Protocol protocol;

  private LedgerLoopBank(NkApp app) {
    this.app = app;
    this.protocol = app.protocol();
  }

  /** Opens (creating on first use) the bank at {@code url}. */
  public static LedgerLoopBank open(String url) {
    return new LedgerLoopBank(NkApp.over(Bank.open(url), TaxonomyProfile.core(),
        org.negativeknowledge.app.curate.CuratorChoice.offline(TaxonomyProfile.core())));
  }

  @Override
  public Consulted consult(LoopTask task, String context, int tokenBudget) {
    Consultation c = protocol.consult(task.id(), context, task.domain().orElse(null), tokenBudget).consultation();
    List<ShownEntry> shown = new ArrayList<>();
    for (SurfacedEntry s : c.surfaced()) {
      Optional<BankEntry> entry = app.bank().get(s.entryId());
      ObjectNode original = entry.map(BankEntry::original).orElseGet(JsonNodeFactory.instance::objectNode);
      String from = entry.map(BankEntry::taskId).orElse("");
      shown.add(new ShownEntry(s.entryId(), s.rank(), s.flags(), from == null ? "" : from, original));
    }
    return new Consulted(c.id(), c.memory().text(), shown);
  }

  @Override
  public void decide(String consultationId, EntryChoice choice) {
    protocol.decide(consultationId, List.of(new DecisionRequest(choice.entryId(), choice.decision(), oneLine(choice.reason()))));
  }

  @Override
  public String propose(String consultationId, ObjectNode experiment) {
    return protocol.propose(consultationId, experiment, null, false).experimentId();
  }

  @Override
  public void finding(String experimentId, boolean success, ObjectNode diagnostics, String note) {
    protocol.finding(experimentId, success ? Outcome.SUCCESS : Outcome.FAILURE, diagnostics, note);
  }

  @Override
  public Added add(CuratedRecord record, LoopTask task, String source, List<Path> roundDirs) {
    List<FailureArtifacts> rounds = roundDirs.stream().map(LedgerLoopBank::artifacts).toList();
    org.negativeknowledge.app.curate.CurationRequest request = org.negativeknowledge.app.curate.CurationRequest
        .of(new TaskContext(task.id(), task.instruction()), rounds).withSource(source);
    if (task.domain().isPresent() && !record.result().record().has("domain")) {
      request = request.withDomain(task.domain().get());
    }
    CurationOutcome outcome = app.curation().store(request, record.result(), record.curator(), StorePolicy.VALID_ONLY);
    if (outcome.stored().isEmpty()) {
      return new Added("", "not added: " + outcome.notStored().orElse("the bank did not store it"));
    }
    StoredCuration s = outcome.stored().get();
    String note = s.deduplicated() ? "deduplicated" : s.superseded() ? "superseded"
        : s.report().imported() > 0 ? "imported" : "unchanged";
    return new Added(s.entry().id(), note);
  }

  /**
   * A round folder's artifacts as far as they exist: the store step reads only the logs (for the
   * failure signature), and a replayed baseline run keeps no code.
   */
  private static FailureArtifacts artifacts(Path dir) {
    if (FailureArtifacts.isRoundDirectory(dir) && Files.isRegularFile(dir.resolve(FailureArtifacts.REASONING))) {
      return FailureArtifacts.fromRoundDirectory(dir);
    }
    Path eval = dir.resolve(FailureArtifacts.EVAL_LOG);
    return FailureArtifacts.of(dir.resolve("candidate.py"), dir.resolve(FailureArtifacts.EXEC_LOG),
        dir.resolve(FailureArtifacts.REASONING)).withEvalLog(Files.isRegularFile(eval) ? eval : null);
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("\\s+", " ").strip();
    return line.isEmpty() ? "(no reason given)" : line;
  }

  @Override
  public String location() {
    return app.bank().location();
  }

  @Override
  public void close() {
    app.close();
  }
}
