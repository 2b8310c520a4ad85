package org.negativeknowledge.app.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.negativeknowledge.app.entries.EntryTitles;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.consult.Consultation;
import org.negativeknowledge.bank.consult.ConsultationLedger;
import org.negativeknowledge.bank.consult.ConsultationNotFoundException;
import org.negativeknowledge.bank.consult.ConsultationSummary;
import org.negativeknowledge.bank.consult.EntryDecision;
import org.negativeknowledge.bank.consult.FindingResult;
import org.negativeknowledge.bank.consult.Outcome;
import org.negativeknowledge.bank.consult.Proposal;
import org.negativeknowledge.bank.embed.Embeddings;
import org.negativeknowledge.bank.embed.TextEmbedder;
import org.negativeknowledge.bank.render.TokenCounter;
import org.negativeknowledge.bank.entry.EntryNotFoundException;
import org.negativeknowledge.bank.graph.BankUseCounts;
import org.negativeknowledge.bank.graph.ResearchGraph;

/**
 * The consultation protocol as use cases: consult, decide, propose, finding, check-route, and the
 * ledger's history (recent consultations, one consultation, an experiment, an entry's citations, a
 * task's research graph). Thread-safe as far as the bank is.
 */
public final class Protocol {
  /** The token budget of a memory block when none is given. */
  public static final int DEFAULT_TOKEN_BUDGET = 2000;

  private final Bank bank;

  /** The protocol over {@code bank}'s ledger. */
  public Protocol(Bank bank) {
    this.bank = Objects.requireNonNull(bank, "bank");
  }

  /**
   * Starts, on background threads, loading what a consultation will need whatever the bank holds:
   * the embedding model (when it is on) and the token counter's vocabulary. A process that opens
   * one consultation (the {@code nk consult} command) calls it before it opens the bank, so that
   * the loads overlap with opening the store and the index. Never blocks and never fails: a
   * setting that is not valid is left for the bank to report when it opens.
   */
  public static void prepareConsultation() {
    try {
      Embeddings.configured().ifPresent(TextEmbedder::prepare);
    } catch (IllegalArgumentException invalidSetting) {
      // Bank.open refuses the setting with its message
    }
    TokenCounter.prepare();
  }

  /**
   * Waits until the loads {@link #prepareConsultation()} started have ended. A command that fails
   * after preparing calls it before it exits: exiting while the embedding model is being loaded
   * crashes the process (ONNX Runtime frees its environment in a shutdown hook).
   */
  public static void awaitPreparation() {
    try {
      Embeddings.configured().ifPresent(TextEmbedder::awaitPrepared);
    } catch (IllegalArgumentException invalidSetting) {
      // nothing was prepared
    }
  }

  private ConsultationLedger ledger() {
    return bank.consultations();
  }

  /** Opens a consultation; see {@link ConsultationLedger#open}. */
  public OpenedConsultation consult(String task, String context, String domain, int tokenBudget) {
    return consult(task, context, domain, false, tokenBudget);
  }

  /**
   * Opens a consultation; with {@code domainOnly} only entries of {@code domain} are candidates (a
   * filter instead of a preference).
   */
  public OpenedConsultation consult(String task, String context, String domain, boolean domainOnly, int tokenBudget) {
    Consultation c = ledger().open(task, context, domain, domainOnly, tokenBudget);
    Map<String, String> titles = new LinkedHashMap<>();
    for (var s : c.surfaced()) {
      bank.get(s.entryId()).ifPresent(e -> titles.put(s.entryId(), EntryTitles.of(e)));
    }
    return new OpenedConsultation(c, titles);
  }

  /**
   * Records decisions on a consultation's surfaced entries, in order, and returns the decisions in
   * force.
   */
  public List<EntryDecision> decide(String consultationId, List<DecisionRequest> decisions) {
    for (DecisionRequest d : decisions) {
      ledger().decide(consultationId, d.entryId(), d.decision(), d.reason());
    }
    return ledger().decisions(consultationId);
  }

  /** The decisions in force on a consultation, in rank order. */
  public List<EntryDecision> decisions(String consultationId) {
    return ledger().decisions(consultationId);
  }

  /** Proposes the experiment; see {@link ConsultationLedger#propose}. */
  public Proposal propose(String consultationId, ObjectNode experiment, String method, boolean strict) {
    return ledger().propose(consultationId, experiment, method, strict);
  }

  /** Closes an experiment with its outcome; see {@link ConsultationLedger#finding}. */
  public FindingResult finding(String experimentId, Outcome outcome, ObjectNode diagnostics, String note) {
    return ledger().finding(experimentId, outcome, diagnostics, note);
  }

  /** The ruled-out routes {@code route} repeats; see {@link ConsultationLedger#checkRoute}. */
  public RouteCheck checkRoute(String route, String task, String domain) {
    return new RouteCheck(route, ledger().checkRoute(route, task, domain));
  }

  /** As {@link #checkRoute(String, String, String)} with another least match score. */
  public RouteCheck checkRoute(String route, String task, String domain, double threshold) {
    ConsultationLedger l = ledger();
    return new RouteCheck(route, l.withSettings(l.settings().withRouteMatchThreshold(threshold))
        .checkRoute(route, task, domain));
  }

  /** The most recent consultations of every task, newest first. */
  public List<ConsultationSummary> recentConsultations(int limit) {
    return ledger().recentConsultations(limit);
  }

  /**
   * One consultation with its decisions and experiment.
   *
   * @throws ConsultationNotFoundException when the id is unknown
   */
  public ConsultationSummary consultation(String consultationId) {
    return ledger().consultation(consultationId)
        .orElseThrow(() -> new ConsultationNotFoundException("consultation", consultationId));
  }

  /**
   * The stored experiment.
   *
   * @throws ConsultationNotFoundException when the id is unknown
   */
  public ObjectNode experiment(String experimentId) {
    return ledger().experiment(experimentId)
        .orElseThrow(() -> new ConsultationNotFoundException("experiment", experimentId));
  }

  /**
   * The experiments that cited or rejected entry {@code id}, and its counts in imported graphs.
   *
   * @throws EntryNotFoundException when the bank does not have the entry
   */
  public Citations citations(String id) {
    if (bank.get(id).isEmpty()) {
      throw new EntryNotFoundException(id);
    }
    BankUseCounts use = ledger().importedBankUse();
    return new Citations(id, ledger().citations(id), use.citedCount(id), use.rejectedCount(id));
  }

  /** The research graph of {@code task}, in time order. */
  public ResearchGraph graph(String task) {
    return ledger().graph(task);
  }

  /** Stores an imported research graph under {@code session}. */
  public void importGraph(String session, String task, ResearchGraph graph) {
    ledger().importGraph(session, task, graph);
  }

  /** An imported session's graph, as it was imported. */
  public java.util.Optional<ResearchGraph> importedGraph(String session) {
    return ledger().importedGraph(session);
  }

  /** Citation and rejection counts over every imported session. */
  public BankUseCounts importedBankUse() {
    return ledger().importedBankUse();
  }
}
