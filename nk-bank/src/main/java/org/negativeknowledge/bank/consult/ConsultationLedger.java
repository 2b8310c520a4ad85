package org.negativeknowledge.bank.consult;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.negativeknowledge.bank.graph.BankUseCounts;
import org.negativeknowledge.bank.graph.ResearchGraph;
import org.negativeknowledge.bank.render.RenderItem;
import org.negativeknowledge.bank.entry.BankEntry;

/**
 * The consultation protocol over a bank (spec section 6): an agent opens a consultation, decides
 * (adopt or reject, with a one-line reason) on every entry it was shown, and only then may propose
 * its experiment; the experiment's finding teaches the bank which entries helped and which misled.
 * Every step is stored in the bank's database (SQLite or PostgreSQL) and is also a node of the
 * task's research graph.
 *
 * <p>Get one from {@code Bank.consultations()}. Thread-safe; several agents (threads or processes,
 * each with its own {@code Bank}) may decide on one consultation at once: every decision is kept.
 */
public interface ConsultationLedger {

  /** The flag shown with an entry whose adoption kept being followed by failure. */
  String MISLEADING = "possibly misleading";

  /** The settings in force. */
  ConsultationSettings settings();

  /** This ledger with other settings (same bank). */
  ConsultationLedger withSettings(ConsultationSettings settings);

  /**
   * Opens a consultation: finds the active entries relevant to the context and task (BM25 and
   * embedding similarity fused by rank, see {@link org.negativeknowledge.bank.Bank#candidates}),
   * collapses the entries of one program under its deepest record, renders them within {@code
   * tokenBudget} in two tiers (a one-line headline each, most relevant first, then the top entries
   * in full as far as the budget reaches; an entry is expanded with {@code nk bank get ID}) and
   * records which revision of each entry the block shows, in whatever form: every one of them
   * needs a decision.
   *
   * @param task the task id or text (required; always part of what is searched)
   * @param context what the agent is about to try (required)
   * @param domain the agent's domain (same-domain entries rank higher), or null
   * @param tokenBudget the most tokens the memory block may cost, at least 1
   */
  default Consultation open(String task, String context, String domain, int tokenBudget) {
    return open(task, context, domain, false, tokenBudget);
  }

  /**
   * Opens a consultation as {@link #open(String, String, String, int)} does; with {@code
   * domainOnly} only entries of {@code domain} are candidates (a filter instead of a preference).
   *
   * @throws IllegalArgumentException when {@code domainOnly} is asked without a domain
   */
  Consultation open(String task, String context, String domain, boolean domainOnly, int tokenBudget);

  /**
   * Records (or changes, until the proposal) the decision on one surfaced entry.
   *
   * @param reason a one-line reason (required, no line breaks)
   * @throws ConsultationNotFoundException when the consultation is unknown
   * @throws ConsultationStateException when it already has a proposal, or did not show the entry
   */
  EntryDecision decide(String consultationId, String entryId, Decision decision, String reason);

  /** The decisions in force, in rank order of the surfaced entries. */
  List<EntryDecision> decisions(String consultationId);

  /**
   * Records the experiment a consultation led to. Refused until every surfaced entry has a
   * decision. Runs the dead-end check: a match of a ruled-out route the agent did not reject is a
   * warning, or a refusal when {@code strict}.
   *
   * @param experiment either a JSON object (the paper's Experiment fields: {@code ic}, {@code
   *     method}, {@code params}, {@code T}, {@code bank_use_rationale}, ...; kept as given) or
   *     null with {@code methodText}
   * @param methodText the method as text, used when {@code experiment} is null
   * @throws UndecidedEntriesException when some surfaced entry has no decision
   * @throws DeadEndException when {@code strict} and the route matches an unrejected dead end
   * @throws ConsultationStateException when the consultation already has a proposal
   */
  Proposal propose(String consultationId, ObjectNode experiment, String methodText, boolean strict);

  /**
   * The ruled-out routes that match {@code route}: deep records' {@code ruled_out_routes},
   * negative entries' {@code attempted_route} (candidates from the bank's full-text search) and
   * failed experiments of the ledger, judged by the {@link org.negativeknowledge.bank.route.RouteMatcher}
   * (each match says why); those at or above the threshold, best first.
   *
   * @param task restricts discarded experiments to this task; null for all
   * @param domain restricts bank entries to this domain; null for all
   */
  List<RouteMatch> checkRoute(String route, String task, String domain);

  /**
   * Closes an experiment with its outcome and updates the usefulness of the entries it adopted.
   *
   * @param diagnostics measured values (a JSON object) or null
   * @param note a free-text note (the Finding's rationale) or null
   * @throws ConsultationNotFoundException when the experiment is unknown
   * @throws ConsultationStateException when it already has a finding
   */
  FindingResult finding(String experimentId, Outcome outcome, ObjectNode diagnostics, String note);

  /**
   * The most recent consultations across every task, newest first, with their decisions and the
   * experiment (and outcome) each led to.
   *
   * @param limit the most to return, at least 1
   */
  List<ConsultationSummary> recentConsultations(int limit);

  /** One stored consultation, with its decisions and experiment; empty when the id is unknown. */
  Optional<ConsultationSummary> consultation(String consultationId);

  /**
   * The ledger's experiments that decided on {@code entryId}: those that cited (adopted) it and
   * those that rejected it, with the reason and the experiment's outcome, newest first. Imported
   * research graphs are not included (see {@link #importedBankUse()}).
   */
  List<ExperimentCitation> citations(String entryId);

  /** The stored experiment, if any. */
  Optional<ObjectNode> experiment(String experimentId);

  /** Usefulness of every entry ever surfaced, most helpful first, most harmful last. */
  List<EntryUsefulness> usefulness();

  /** The flags of the given entries (only entries with flags are in the map). */
  Map<String, List<String>> flags(Collection<String> entryIds);

  /** The entries as render items carrying their flags, in the given order. */
  List<RenderItem> renderItems(List<BankEntry> entries);

  /** The ledger's research graph of {@code task}, in the paper's shape, in time order. */
  ResearchGraph graph(String task);

  /**
   * Stores an imported research graph (e.g. one of the paper's sessions) under {@code session},
   * replacing what that session held before; the original node objects are kept as they were.
   *
   * @param task the task the session worked on, or null
   */
  void importGraph(String session, String task, ResearchGraph graph);

  /** The imported graph of {@code session}, with its original node objects. */
  Optional<ResearchGraph> importedGraph(String session);

  /** The imported sessions, sorted. */
  List<String> importedSessions();

  /** Per-entry citation and rejection counts over every imported session. */
  BankUseCounts importedBankUse();
}
