package org.negativeknowledge.bank.consult.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.consult.Consultation;
import org.negativeknowledge.bank.consult.ConsultationLedger;
import org.negativeknowledge.bank.consult.ConsultationNotFoundException;
import org.negativeknowledge.bank.consult.ConsultationSettings;
import org.negativeknowledge.bank.consult.ConsultationSummary;
import org.negativeknowledge.bank.consult.ConsultationStateException;
import org.negativeknowledge.bank.consult.ConsultationStateException.Conflict;
import org.negativeknowledge.bank.consult.DeadEndException;
import org.negativeknowledge.bank.consult.Decision;
import org.negativeknowledge.bank.consult.EntryDecision;
import org.negativeknowledge.bank.consult.EntryUsefulness;
import org.negativeknowledge.bank.consult.ExperimentCitation;
import org.negativeknowledge.bank.consult.FindingResult;
import org.negativeknowledge.bank.consult.Outcome;
import org.negativeknowledge.bank.consult.Proposal;
import org.negativeknowledge.bank.consult.RouteMatch;
import org.negativeknowledge.bank.consult.RouteMatchKind;
import org.negativeknowledge.bank.consult.SurfacedEntry;
import org.negativeknowledge.bank.consult.UndecidedEntriesException;
import org.negativeknowledge.bank.graph.BankUseCounts;
import org.negativeknowledge.bank.graph.GraphNode;
import org.negativeknowledge.bank.graph.ResearchGraph;
import org.negativeknowledge.bank.render.MemoryRenderer;
import org.negativeknowledge.bank.render.RenderItem;
import org.negativeknowledge.bank.render.RenderedMemory;
import org.negativeknowledge.bank.render.TokenCounter;
import org.negativeknowledge.bank.search.SearchFilters;
import org.negativeknowledge.bank.search.Candidate;
import org.negativeknowledge.bank.search.CandidateQuery;
import org.negativeknowledge.bank.store.Database;

/**
 * The {@link ConsultationLedger} in the bank's own database, using the store's transaction
 * discipline ({@link Database#inWriteTransaction}: {@code BEGIN IMMEDIATE} on SQLite, row locks on
 * PostgreSQL). Stateless apart from the settings, so cheap to create.
 */
public final class JdbcConsultationLedger implements ConsultationLedger {
  private final LedgerEntries bank;
  private final Database db;
  private final ConsultationSettings settings;
  private final LedgerTables tables;

  private JdbcConsultationLedger(LedgerEntries bank, Database db, ConsultationSettings settings) {
    this.bank = bank;
    this.db = db;
    this.settings = settings;
    this.tables = new LedgerTables(db.dialect());
  }

  /** The ledger over the entries of a bank whose store is {@code db}. */
  public static JdbcConsultationLedger of(LedgerEntries bank, Database db, ConsultationSettings settings) {
    return new JdbcConsultationLedger(
        Objects.requireNonNull(bank, "bank"), Objects.requireNonNull(db, "db"), Objects.requireNonNull(settings, "settings"));
  }

  @Override
  public ConsultationSettings settings() {
    return settings;
  }

  @Override
  public ConsultationLedger withSettings(ConsultationSettings value) {
    return of(bank, db, value);
  }

  // ---- consult --------------------------------------------------------------------------

  @Override
  public Consultation open(String task, String context, String domain, boolean domainOnly, int tokenBudget) {
    requireText(task, "task", "--task");
    requireText(context, "context", "--context");
    if (tokenBudget < 1) {
      throw new IllegalArgumentException("token budget must be at least 1, got " + tokenBudget);
    }
    if (domainOnly && (domain == null || domain.isBlank())) {
      throw new IllegalArgumentException("a domain filter needs a domain (--domain)");
    }
    TokenCounter.prepare(); // the block is counted in tokens once the candidates are found
    SearchFilters filters = domainOnly ? SearchFilters.activeOnly().withDomain(domain) : SearchFilters.activeOnly();
    List<Candidate> ranked = bank.candidates(
        new CandidateQuery(context + "\n" + task, filters, domain, null, settings.maxSurfaced()));
    ConsultationBlock block = ConsultationBlock.of(ranked, this::flags, tokenBudget);
    List<SurfacedEntry> surfaced = block.surfaced();
    RenderedMemory memory = block.memory();
    Consultation k =
        new Consultation(Ids.fresh("c"), task, context, blankToNull(domain), surfaced, memory, Instant.now());
    db.inWriteTransaction(c -> {
      tables.insertConsultation(c, k, tokenBudget);
      return null;
    });
    return k;
  }

  // ---- decide ---------------------------------------------------------------------------

  @Override
  public EntryDecision decide(String consultationId, String entryId, Decision decision, String reason) {
    Objects.requireNonNull(consultationId, "consultationId");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(decision, "decision");
    requireText(reason, "reason", "--reason");
    if (reason.contains("\n") || reason.contains("\r")) {
      throw new IllegalArgumentException("the reason must be one line (no line breaks)");
    }
    String why = reason.strip();
    return db.inWriteTransaction(c -> {
      String state = requireState(c, consultationId);
      if (!state.equals(LedgerTables.OPEN)) {
        throw new ConsultationStateException(Conflict.DECIDED_AFTER_PROPOSAL, consultationId,
            tables.experimentOf(c, consultationId).map(LedgerTables.ExperimentRow::id).orElse(null),
            "consultation " + consultationId + " already has a proposal; decisions are final once proposed");
      }
      if (!tables.setDecision(c, consultationId, entryId, decision.wireName(), why, Instant.now().toString())) {
        List<String> shown = tables.surfaced(c, consultationId).stream().map(SurfacedRow::entryId).toList();
        throw new ConsultationStateException(Conflict.ENTRY_NOT_SHOWN, consultationId, entryId,
            "consultation " + consultationId + " did not show entry '" + entryId + "'; it showed: "
                + (shown.isEmpty() ? "(no entries)" : String.join(", ", shown)));
      }
      SurfacedRow row = tables.surfaced(c, consultationId).stream()
          .filter(r -> r.entryId().equals(entryId)).findFirst().orElseThrow();
      return new EntryDecision(entryId, row.seenRevision(), decision, why);
    });
  }

  @Override
  public List<EntryDecision> decisions(String consultationId) {
    return db.read(c -> {
      requireState(c, consultationId);
      List<EntryDecision> out = new ArrayList<>();
      for (SurfacedRow r : tables.surfaced(c, consultationId)) {
        if (r.decided()) {
          out.add(new EntryDecision(r.entryId(), r.seenRevision(), Decision.fromWireName(r.decision()), r.reason()));
        }
      }
      return out;
    });
  }

  // ---- propose --------------------------------------------------------------------------

  @Override
  public Proposal propose(String consultationId, ObjectNode experiment, String methodText, boolean strict) {
    Objects.requireNonNull(consultationId, "consultationId");
    if (experiment == null && (methodText == null || methodText.isBlank())) {
      throw new IllegalArgumentException("a proposal needs an experiment (JSON object) or a method text");
    }
    String[] header = db.read(c -> tables.consultationHeader(c, consultationId))
        .orElseThrow(() -> notFound("consultation", consultationId));
    String task = header[0];
    String domain = header[2];
    String route = ExperimentBodies.route(experiment, methodText);
    // Searching takes the index's own locks, so candidates are found before the write transaction.
    List<RouteMatch> matches = route.isBlank() ? List.of() : checkRoute(route, task, null);
    String experimentId = Ids.fresh("e");
    return db.inWriteTransaction(c -> {
      String state = requireState(c, consultationId);
      if (!state.equals(LedgerTables.OPEN)) {
        String existing = tables.experimentOf(c, consultationId).map(LedgerTables.ExperimentRow::id).orElse("?");
        throw new ConsultationStateException(Conflict.SECOND_PROPOSAL, consultationId, existing,
            "consultation " + consultationId + " already has a proposal (experiment " + existing + ")");
      }
      List<SurfacedRow> rows = tables.surfaced(c, consultationId);
      List<String> undecided = rows.stream().filter(r -> !r.decided()).map(SurfacedRow::entryId).toList();
      if (!undecided.isEmpty()) {
        throw new UndecidedEntriesException(consultationId, undecided);
      }
      Set<String> rejected = new HashSet<>();
      rows.stream().filter(r -> r.decision().equals(Decision.REJECT.wireName())).forEach(r -> rejected.add(r.entryId()));
      List<RouteMatch> warnings = matches.stream()
          .filter(m -> m.kind() == RouteMatchKind.DISCARDED_EXPERIMENT || !rejected.contains(m.sourceId()))
          .toList();
      if (strict && !warnings.isEmpty()) {
        throw new DeadEndException(consultationId, warnings);
      }
      Map<String, Integer> current = new HashMap<>();
      List<String> revised = new ArrayList<>();
      for (SurfacedRow r : rows) {
        bank.get(r.entryId()).ifPresent(e -> {
          current.put(r.entryId(), e.revision());
          if (e.revision() != r.seenRevision()) {
            revised.add(r.entryId());
          }
        });
      }
      String at = Instant.now().toString();
      ObjectNode body = ExperimentBodies.build(
          experimentId, consultationId, task, domain, experiment, methodText, rows, current, warnings, at);
      tables.insertExperiment(c, experimentId, consultationId, task, domain, route, body, at);
      return new Proposal(experimentId, body, warnings, revised);
    });
  }

  // ---- dead-end check -------------------------------------------------------------------

  @Override
  public List<RouteMatch> checkRoute(String route, String task, String domain) {
    requireText(route, "route", "the route text");
    var matcher = RouteChecker.matcher(settings.routeMatchThreshold());
    List<RouteMatch> out = new ArrayList<>(RouteChecker.entryMatches(bank, route, domain, matcher));
    for (String[] x : db.read(c -> tables.failedExperiments(c, blankToNull(task)))) {
      RouteChecker.add(out, RouteMatchKind.DISCARDED_EXPERIMENT, x[0], x[1], route, matcher, 0);
    }
    return RouteChecker.sorted(out);
  }

  // ---- finding --------------------------------------------------------------------------

  @Override
  public FindingResult finding(String experimentId, Outcome outcome, ObjectNode diagnostics, String note) {
    Objects.requireNonNull(experimentId, "experimentId");
    Objects.requireNonNull(outcome, "outcome");
    String findingId = Ids.fresh("f");
    return db.inWriteTransaction(c -> {
      LedgerTables.ExperimentRow e =
          tables.lockExperiment(c, experimentId).orElseThrow(() -> notFound("experiment", experimentId));
      if (e.outcome() != null) {
        throw new ConsultationStateException(Conflict.SECOND_FINDING, experimentId, e.finding().path("id").asText(),
            "experiment " + experimentId + " already has a finding (" + e.outcome() + ", "
                + e.finding().path("id").asText() + "); a finding closes an experiment once");
      }
      List<String> adopted = tables.surfaced(c, e.consultationId()).stream()
          .filter(r -> Decision.ADOPT.wireName().equals(r.decision())).map(SurfacedRow::entryId).toList();
      Set<String> before = misleading(UsefulnessQuery.run(c, adopted, settings.misleadingAfter()));
      String at = Instant.now().toString();
      ObjectNode f = LedgerGraph.finding(
          findingId, experimentId, outcome.wireName(), outcome.findingKind(), diagnostics, note, at);
      tables.closeExperiment(c, experimentId, outcome.wireName(), findingId, f, at);
      List<EntryUsefulness> after = UsefulnessQuery.run(c, adopted, settings.misleadingAfter());
      List<String> newly = after.stream()
          .filter(u -> u.misleading() && !before.contains(u.entryId())).map(EntryUsefulness::entryId).toList();
      return new FindingResult(findingId, experimentId, outcome, after, newly);
    });
  }

  @Override
  public Optional<ObjectNode> experiment(String experimentId) {
    return db.read(c -> tables.experimentById(c, experimentId).map(LedgerTables.ExperimentRow::body));
  }

  // ---- reading the ledger ---------------------------------------------------------------

  @Override
  public List<ConsultationSummary> recentConsultations(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    return db.read(c -> summaries(c, tables.consultationHeads(c, null, limit)));
  }

  @Override
  public Optional<ConsultationSummary> consultation(String consultationId) {
    Objects.requireNonNull(consultationId, "consultationId");
    return db.read(c -> summaries(c, tables.consultationHeads(c, consultationId, 1))).stream().findFirst();
  }

  @Override
  public List<ExperimentCitation> citations(String entryId) {
    Objects.requireNonNull(entryId, "entryId");
    List<ExperimentCitation> out = new ArrayList<>();
    for (LedgerTables.CitationRow r : db.read(c -> tables.citations(c, entryId))) {
      out.add(new ExperimentCitation(r.experimentId(), r.consultationId(), r.task(),
          Decision.fromWireName(r.decision()), r.reason(), r.seenRevision(), Instant.parse(r.createdAt()),
          r.outcome() == null ? null : Outcome.fromWireName(r.outcome())));
    }
    return out;
  }

  private List<ConsultationSummary> summaries(Connection c, List<LedgerTables.ConsultationHead> heads)
      throws SQLException {
    List<ConsultationSummary> out = new ArrayList<>();
    for (LedgerTables.ConsultationHead h : heads) {
      List<SurfacedRow> rows = tables.surfaced(c, h.id());
      List<EntryDecision> decided = new ArrayList<>();
      for (SurfacedRow r : rows) {
        if (r.decided()) {
          decided.add(new EntryDecision(r.entryId(), r.seenRevision(), Decision.fromWireName(r.decision()), r.reason()));
        }
      }
      out.add(new ConsultationSummary(h.id(), h.task(), h.domain(), h.context(), Instant.parse(h.createdAt()),
          rows.size(), decided, h.experimentId(), h.outcome() == null ? null : Outcome.fromWireName(h.outcome())));
    }
    return out;
  }

  // ---- usefulness and flags -------------------------------------------------------------

  @Override
  public List<EntryUsefulness> usefulness() {
    List<EntryUsefulness> all = new ArrayList<>(db.read(c -> UsefulnessQuery.run(c, null, settings.misleadingAfter())));
    all.sort(Comparator.comparingLong(EntryUsefulness::net).reversed()
        .thenComparing(Comparator.comparingLong(EntryUsefulness::adopted).reversed())
        .thenComparing(EntryUsefulness::entryId));
    return all;
  }

  @Override
  public Map<String, List<String>> flags(Collection<String> entryIds) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (entryIds.isEmpty()) {
      return out;
    }
    List<String> ids = new ArrayList<>(new java.util.LinkedHashSet<>(entryIds));
    for (EntryUsefulness u : db.read(c -> UsefulnessQuery.run(c, ids, settings.misleadingAfter()))) {
      if (u.misleading()) {
        out.put(u.entryId(), List.of(MISLEADING + " (adopted then failed " + u.adoptedThenFailure() + "x, never succeeded)"));
      }
    }
    return out;
  }

  @Override
  public List<RenderItem> renderItems(List<BankEntry> entries) {
    Map<String, List<String>> flags = flags(entries.stream().map(BankEntry::id).toList());
    return entries.stream().map(e -> new RenderItem(e, flags.getOrDefault(e.id(), List.of()))).toList();
  }

  // ---- research graph -------------------------------------------------------------------

  @Override
  public ResearchGraph graph(String task) {
    requireText(task, "task", "--task");
    return db.read(c -> LedgerGraph.of(c, tables, task));
  }

  @Override
  public void importGraph(String session, String task, ResearchGraph graph) {
    requireText(session, "session", "--session");
    Objects.requireNonNull(graph, "graph");
    db.inWriteTransaction(c -> {
      tables.replaceGraph(c, session, blankToNull(task), graph.objects(), Instant.now().toString());
      return null;
    });
  }

  @Override
  public Optional<ResearchGraph> importedGraph(String session) {
    List<ObjectNode> nodes = db.read(c -> tables.importedNodes(c, session));
    return nodes.isEmpty()
        ? Optional.empty()
        : Optional.of(ResearchGraph.of(nodes.stream().map(GraphNode::new).toList()));
  }

  @Override
  public List<String> importedSessions() {
    return db.read(tables::sessions);
  }

  @Override
  public BankUseCounts importedBankUse() {
    List<ObjectNode> nodes = db.read(c -> tables.importedNodes(c, null));
    return ResearchGraph.of(nodes.stream().map(GraphNode::new).toList()).bankUse();
  }

  // ---- helpers --------------------------------------------------------------------------

  private String requireState(Connection c, String consultationId) throws SQLException {
    return tables.lockConsultation(c, consultationId).orElseThrow(() -> notFound("consultation", consultationId));
  }

  private ConsultationNotFoundException notFound(String what, String id) {
    return new ConsultationNotFoundException(what, id);
  }

  private static Set<String> misleading(List<EntryUsefulness> us) {
    Set<String> out = new HashSet<>();
    us.stream().filter(EntryUsefulness::misleading).forEach(u -> out.add(u.entryId()));
    return out;
  }

  private static void requireText(String value, String what, String option) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a " + what + " is required (" + option + ")");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
