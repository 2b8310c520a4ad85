package org.negativeknowledge.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.entries.EntryTitles;
import org.negativeknowledge.app.files.FileAccess;
import org.negativeknowledge.app.operation.Args;
import org.negativeknowledge.app.operation.ArgumentException;
import org.negativeknowledge.app.operation.Operation;
import org.negativeknowledge.app.operation.Operations;
import org.negativeknowledge.app.operation.SearchParams;
import org.negativeknowledge.app.protocol.DecisionRequest;
import org.negativeknowledge.app.protocol.Protocol;
import org.negativeknowledge.app.view.EntryViews;
import org.negativeknowledge.app.view.ProtocolViews;
import org.negativeknowledge.bank.consult.ConsultationSummary;
import org.negativeknowledge.bank.consult.Decision;
import org.negativeknowledge.bank.consult.Outcome;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.validation.ValidationLevel;

/**
 * The use cases with JSON in and JSON out: the arguments of each operation are checked against its
 * description ({@link Operations}), the result is its one JSON view. The HTTP API and the MCP tools
 * are thin adapters over this class, so a tool call and an API request behave alike. Failures are
 * exceptions that {@link org.negativeknowledge.app.error.Failure} classifies. Thread-safe as far as
 * the bank is.
 */
public final class JsonApi {
  /** Consultations listed by {@link #consultations} when no limit is given. */
  public static final int DEFAULT_RECENT = 20;

  private final NkApp app;
  private final JsonCuration curation;
  private final Map<String, Function<ObjectNode, ObjectNode>> tools = new LinkedHashMap<>();

  /**
   * @param app the use cases
   * @param files which files a curation may read by path
   */
  public JsonApi(NkApp app, FileAccess files) {
    this.app = Objects.requireNonNull(app, "app");
    this.curation = new JsonCuration(app, files);
    tools.put(Operations.SEARCH.name(), this::search);
    tools.put(Operations.GET.name(), this::get);
    tools.put(Operations.CONSULT.name(), this::consult);
    tools.put(Operations.DECIDE.name(), this::decide);
    tools.put(Operations.PROPOSE.name(), this::propose);
    tools.put(Operations.FINDING.name(), this::finding);
    tools.put(Operations.CHECK_ROUTE.name(), this::checkRoute);
    tools.put(Operations.ADD.name(), this::add);
    tools.put(Operations.CURATE.name(), curation::curate);
  }

  /** The use cases behind this API. */
  public NkApp app() {
    return app;
  }

  /** Whether a curation calls a model (else the offline curator). */
  public boolean curatorHasModel() {
    return app.curator().usesModel();
  }

  /**
   * Calls the operation {@code name} of {@link Operations#TOOLS} with {@code args}.
   *
   * @throws IllegalArgumentException when there is no such operation
   */
  public ObjectNode call(String name, ObjectNode args) {
    Function<ObjectNode, ObjectNode> op = tools.get(name);
    if (op == null) {
      throw new IllegalArgumentException("no operation '" + name + "'; the operations are " + tools.keySet());
    }
    return op.apply(args);
  }

  // ---- entries ---------------------------------------------------------------------------------

  /** Full-text search with filters: {@link Operations#SEARCH}. */
  public ObjectNode search(ObjectNode args) {
    return EntryViews.searchPage(app.entries().search(SearchParams.query(Args.of(Operations.SEARCH, args))));
  }

  /** One entry with its usefulness and flags, with {@code history} every revision: {@link Operations#GET}. */
  public ObjectNode get(ObjectNode args) {
    Args a = Args.of(Operations.GET, args);
    String id = a.requireText("id");
    ObjectNode o = EntryViews.detail(app.entries().get(id));
    if (a.bool("history", false)) {
      o.set("history", EntryViews.history(id, app.entries().history(id)).path("revisions"));
    }
    return o;
  }

  /** Every revision of entry {@code id}, oldest first. */
  public ObjectNode history(String id) {
    return EntryViews.history(id, app.entries().history(id));
  }

  /** Validates and stores one record: {@link Operations#ADD}. */
  public ObjectNode add(ObjectNode args) {
    Args a = Args.of(Operations.ADD, args);
    ValidationLevel level = ValidationLevel.valueOf(a.text("level").orElse("strict").toUpperCase(Locale.ROOT));
    ImportOptions options = ImportOptions.defaults()
        .withDomain(a.text("domain").orElse(null))
        .withAuthor(a.text("author").orElse("nk-api"))
        .withSource(a.text("source").orElse("nk-api"));
    return EntryViews.added(app.entries().add(a.object("record").orElseThrow(), level, options));
  }

  /** Stores a corrected revision of {@code id}: {@link Operations#REVISE}. */
  public ObjectNode revise(String id, ObjectNode args) {
    Args a = Args.of(Operations.REVISE, args);
    Integer expected = a.integer("expected_revision").isPresent() ? (int) a.integer("expected_revision").getAsLong() : null;
    return EntryViews.full(app.entries().revise(id, a.object("record").orElseThrow(), a.requireText("reason"),
        a.text("author").orElse(null), expected));
  }

  /** Retracts {@code id}: {@link Operations#RETRACT}. */
  public ObjectNode retract(String id, ObjectNode args) {
    Args a = Args.of(Operations.RETRACT, args);
    return EntryViews.full(app.entries().retract(id, a.requireText("reason"), a.text("author").orElse(null)));
  }

  /** Counts by polarity, domain, facet, depth, shape and status. */
  public ObjectNode stats() {
    return EntryViews.stats(app.entries().stats());
  }

  /** Every surfaced entry's usefulness and the entries flagged misleading. */
  public ObjectNode usefulness() {
    return EntryViews.usefulnessReport(app.entries().usefulness());
  }

  // ---- the consultation protocol ---------------------------------------------------------------

  /** Opens a consultation: {@link Operations#CONSULT}. */
  public ObjectNode consult(ObjectNode args) {
    Args a = Args.of(Operations.CONSULT, args);
    return ProtocolViews.consultation(app.protocol().consult(a.requireText("task"), a.requireText("context"),
        a.text("domain").orElse(null), a.bool("domain_only", false),
        (int) a.integer("token_budget").orElse(Protocol.DEFAULT_TOKEN_BUDGET)));
  }

  /** Records one decision or several: {@link Operations#DECIDE}; returns the decisions in force. */
  public ObjectNode decide(ObjectNode args) {
    Args a = Args.of(Operations.DECIDE, args);
    String cid = a.requireText("consultation_id");
    List<Args> items = a.objects("decisions");
    List<DecisionRequest> requests = items.isEmpty() ? List.of(decision(a, "")) 
        : items.stream().map(i -> decision(i, "decisions[" + items.indexOf(i) + "].")).toList();
    return ProtocolViews.decisions(cid, app.protocol().decide(cid, requests));
  }

  private static DecisionRequest decision(Args a, String where) {
    for (String name : List.of("entry_id", "decision", "reason")) {
      if (!a.has(name)) {
        throw new ArgumentException(where + name, "given (entry_id, decision and reason, or a decisions array)", "is missing");
      }
    }
    return new DecisionRequest(a.requireText("entry_id"), Decision.fromWireName(a.requireText("decision")),
        a.requireText("reason"));
  }

  /** The decisions in force on a consultation. */
  public ObjectNode decisions(String consultationId) {
    return ProtocolViews.decisions(consultationId, app.protocol().decisions(consultationId));
  }

  /** Proposes the experiment: {@link Operations#PROPOSE}. */
  public ObjectNode propose(ObjectNode args) {
    Args a = Args.of(Operations.PROPOSE, args);
    if (!a.has("experiment") && !a.has("method")) {
      throw new ArgumentException("experiment", "an experiment object, or the method as text in 'method'", "is missing");
    }
    return ProtocolViews.proposal(app.protocol().propose(a.requireText("consultation_id"),
        a.object("experiment").orElse(null), a.text("method").orElse(null), a.bool("strict", false)));
  }

  /** A stored experiment. */
  public ObjectNode experiment(String id) {
    return ProtocolViews.experiment(id, app.protocol().experiment(id));
  }

  /** Closes an experiment: {@link Operations#FINDING}. */
  public ObjectNode finding(ObjectNode args) {
    Args a = Args.of(Operations.FINDING, args);
    return ProtocolViews.finding(app.protocol().finding(a.requireText("experiment_id"),
        Outcome.fromWireName(a.requireText("outcome")), a.object("diagnostics").orElse(null), a.text("note").orElse(null)));
  }

  /** The ruled-out routes a route repeats: {@link Operations#CHECK_ROUTE}. */
  public ObjectNode checkRoute(ObjectNode args) {
    Args a = Args.of(Operations.CHECK_ROUTE, args);
    return ProtocolViews.routeCheck(app.protocol().checkRoute(a.requireText("route"), a.text("task").orElse(null),
        a.text("domain").orElse(null)));
  }

  /** The most recent consultations: {@link Operations#CONSULTATIONS}. */
  public ObjectNode consultations(ObjectNode args) {
    Args a = Args.of(Operations.CONSULTATIONS, args);
    List<ConsultationSummary> all = app.protocol().recentConsultations((int) a.integer("limit").orElse(DEFAULT_RECENT));
    return ProtocolViews.consultations(all, titles(all));
  }

  /** One consultation with its decisions and experiment. */
  public ObjectNode consultation(String id) {
    ConsultationSummary k = app.protocol().consultation(id);
    return ProtocolViews.consultationSummary(k, titles(List.of(k)));
  }

  /** The experiments that cited or rejected entry {@code id}. */
  public ObjectNode citations(String id) {
    return ProtocolViews.citations(app.protocol().citations(id));
  }

  /** A task's research graph: {@link Operations#GRAPH}. */
  public ObjectNode graph(ObjectNode args) {
    String task = Args.of(Operations.GRAPH, args).requireText("task");
    return ProtocolViews.graph(task, app.protocol().graph(task));
  }

  private Map<String, String> titles(List<ConsultationSummary> all) {
    Map<String, String> titles = new LinkedHashMap<>();
    for (ConsultationSummary k : all) {
      k.decisions().forEach(d -> titles.computeIfAbsent(d.entryId(),
          id -> app.bank().get(id).map(EntryTitles::of).orElse(null)));
    }
    titles.values().removeIf(Objects::isNull);
    return titles;
  }

  // ---- curation --------------------------------------------------------------------------------

  /** Curates failed rounds and stores the record: {@link Operations#CURATE}. */
  public ObjectNode curate(ObjectNode args) {
    return curation.curate(args);
  }

  /** The operation named {@code name}. */
  public static Operation operation(String name) {
    return Operations.TOOLS.stream().filter(o -> o.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no operation '" + name + "'"));
  }
}
