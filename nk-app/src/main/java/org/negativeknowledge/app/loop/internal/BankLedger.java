package org.negativeknowledge.app.loop.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.negativeknowledge.app.loop.EntryChoice;
import org.negativeknowledge.app.loop.Execution;
import org.negativeknowledge.app.loop.LoopTask;
import org.negativeknowledge.app.loop.ShownEntry;
import org.negativeknowledge.app.loop.SolverAnswer;
import org.negativeknowledge.bank.consult.Decision;

/**
 * A bank attempt's dealings with the ledger: a decision on every shown entry (the solver's, or a
 * reject the loop records for an entry the solver left undecided, marked so), the proposal, and the
 * finding that closes the experiment.
 */
final class BankLedger {
  static final String UNDECIDED_REASON = "the solver gave no decision on this entry; nk loop recorded a reject";

  private final LoopBank bank;
  private final String consultationId;
  private final List<AttemptRecord.Decided> decided;
  private final String experimentId;
  private Optional<String> outcome = Optional.empty();

  private BankLedger(LoopBank bank, String consultationId, List<AttemptRecord.Decided> decided, String experimentId) {
    this.bank = bank;
    this.consultationId = consultationId;
    this.decided = decided;
    this.experimentId = experimentId;
  }

  /** Records the decisions and the proposal. */
  static BankLedger propose(LoopBank bank, LoopBank.Consulted c, SolverAnswer answer, LoopTask task, Step step) {
    List<AttemptRecord.Decided> decided = new ArrayList<>();
    for (ShownEntry s : c.shown()) {
      String id = s.entryId();
      Optional<EntryChoice> choice = answer.decisions().stream().filter(d -> d.entryId().equals(id)).findFirst();
      EntryChoice e = choice.orElse(new EntryChoice(id, Decision.REJECT, UNDECIDED_REASON));
      bank.decide(c.id(), e);
      decided.add(new AttemptRecord.Decided(id, s.task(), e.decision().wireName(), e.reason(), choice.isPresent()));
    }
    ObjectNode experiment = JsonNodeFactory.instance.objectNode();
    experiment.put("method", answer.plan().isBlank() ? "(the solver gave no plan)" : answer.plan());
    experiment.putObject("params").put("task", task.id()).put("step", step.key()).put("round", step.round());
    experiment.put("bank_use_rationale", decided.stream().filter(d -> d.decision().equals("adopt"))
        .map(d -> d.entryId() + ": " + d.reason()).collect(Collectors.joining("; ")));
    String experimentId = bank.propose(c.id(), experiment);
    return new BankLedger(bank, c.id(), decided, experimentId);
  }

  /** Reports the finding (once) and returns what attempt.json records. */
  AttemptRecord.BankUse close(boolean passed, Execution execution, String note) {
    if (outcome.isEmpty()) {
      ObjectNode diagnostics = JsonNodeFactory.instance.objectNode();
      if (execution != null) {
        diagnostics.put("verdict", execution.verdict().status().wireName());
        if (execution.verdict().score().isPresent()) {
          diagnostics.put("score", execution.verdict().score().getAsDouble());
        }
        if (execution.exitCode().isPresent()) {
          diagnostics.put("exit_code", execution.exitCode().getAsInt());
        }
        if (!execution.stops().isEmpty()) {
          execution.stops().forEach(diagnostics.putArray("stops")::add);
        }
      }
      bank.finding(experimentId, passed, diagnostics, note == null || note.isBlank() ? null : note);
      outcome = Optional.of(passed ? "success" : "failure");
    }
    return new AttemptRecord.BankUse(consultationId, decided, experimentId, outcome);
  }
}
