package org.negativeknowledge.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.CurationOrigin;
import org.negativeknowledge.bank.entry.EntryNotFoundException;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.io.Rejection;
import org.negativeknowledge.bank.consult.Consultation;
import org.negativeknowledge.bank.consult.ConsultationLedger;
import org.negativeknowledge.bank.consult.ConsultationSummary;
import org.negativeknowledge.bank.consult.Decision;
import org.negativeknowledge.bank.consult.EntryDecision;
import org.negativeknowledge.bank.consult.EntryUsefulness;
import org.negativeknowledge.bank.consult.ExperimentCitation;
import org.negativeknowledge.bank.consult.FindingResult;
import org.negativeknowledge.bank.consult.Outcome;
import org.negativeknowledge.bank.consult.Proposal;
import org.negativeknowledge.bank.consult.RouteMatch;
import org.negativeknowledge.bank.consult.SurfacedEntry;
import org.negativeknowledge.bank.graph.BankUseCounts;
import org.negativeknowledge.bank.search.SearchHit;
import org.negativeknowledge.bank.search.SearchResults;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.server.internal.CurationRequest;
import org.negativeknowledge.server.internal.EntryViews;
import org.negativeknowledge.server.internal.JsonArgs;
import org.negativeknowledge.server.internal.SearchRequests;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.ValidationIssue;
import org.negativeknowledge.validation.ValidationLevel;
import org.negativeknowledge.validation.ValidationReport;
import org.negativeknowledge.validation.Validator;

/**
 * Every operation the MCP tools and the HTTP API offer, over one {@link Bank}: JSON arguments in,
 * a JSON object out. Both front ends call these same methods, so a tool call and an API request
 * behave alike; failures are {@link ServerException}s or the bank's own exceptions, which {@link
 * org.negativeknowledge.server.internal.ErrorViews} maps to a status and a message.
 *
 * <p>Thread-safe as far as the bank is (a {@link Bank} serialises its calls).
 */
public final class BankOperations {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  /** Default token budget of a consultation's memory block. */
  public static final int DEFAULT_TOKEN_BUDGET = 2000;

  private final Bank bank;
  private final TaxonomyProfile profile;
  private final CurationSettings curation;
  private final FileAccess fileAccess;

  private BankOperations(Bank bank, TaxonomyProfile profile, CurationSettings curation, FileAccess fileAccess) {
    this.bank = Objects.requireNonNull(bank, "bank");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.curation = Objects.requireNonNull(curation, "curation");
    this.fileAccess = Objects.requireNonNull(fileAccess, "fileAccess");
  }

  /**
   * Operations over {@code bank}.
   *
   * @param profile taxonomy profile that {@code add} validates against
   * @param curation which curator {@code curate} uses
   * @param localFiles whether {@code curate} may read artifact files by path on this machine (true:
   *     any file, for stdio; false: inline texts only); see {@link #withFileAccess} for folders
   */
  public static BankOperations over(Bank bank, TaxonomyProfile profile, CurationSettings curation, boolean localFiles) {
    return new BankOperations(bank, profile, curation, localFiles ? FileAccess.unrestricted() : FileAccess.none());
  }

  /** Operations with profile exploration, the environment's curator, local files allowed. */
  public static BankOperations over(Bank bank) {
    return over(bank, TaxonomyProfile.exploration(), CurationSettings.fromEnv(null), true);
  }

  /** The bank these operations act on. */
  public Bank bank() {
    return bank;
  }

  /** A copy whose {@code curate} reads files by path as {@code access} allows. */
  public BankOperations withFileAccess(FileAccess access) {
    return new BankOperations(bank, profile, curation, access);
  }

  // ---- entries -------------------------------------------------------------------------------

  /** Full-text search with filters; see {@link SearchRequests} for the arguments. */
  public ObjectNode search(ObjectNode args) {
    SearchResults r = bank.search(SearchRequests.parse(JsonArgs.of(args)));
    ObjectNode o = F.objectNode();
    o.put("total", r.totalMatches());
    ArrayNode hits = o.putArray("hits");
    Map<String, List<String>> flags = flagsOf(r.hits().stream().map(h -> h.entry().id()).toList());
    for (SearchHit h : r.hits()) {
      ObjectNode hit = EntryViews.hit(h);
      ArrayNode fl = hit.putArray("flags");
      flags.getOrDefault(h.entry().id(), List.of()).forEach(fl::add);
      hits.add(hit);
    }
    return o;
  }

  /** The current revision of {@code id} with its usefulness and flags; 404 when unknown. */
  public ObjectNode get(String id) {
    BankEntry e = bank.get(id).orElseThrow(() -> new EntryNotFoundException(id));
    ObjectNode o = EntryViews.full(e);
    ArrayNode fl = o.putArray("flags");
    flagsOf(List.of(id)).getOrDefault(id, List.of()).forEach(fl::add);
    o.set("usefulness", usefulnessOf(id));
    BankUseCounts use = ledger().importedBankUse();
    ObjectNode cited = o.putObject("imported_bank_use");
    cited.put("cited", use.citedCount(id));
    cited.put("rejected", use.rejectedCount(id));
    return o;
  }

  /** Every revision of {@code id}, oldest first; 404 when unknown. */
  public ObjectNode history(String id) {
    List<BankEntry> revs = bank.history(id);
    if (revs.isEmpty()) {
      throw new EntryNotFoundException(id);
    }
    ObjectNode o = F.objectNode();
    o.put("id", id);
    ArrayNode arr = o.putArray("revisions");
    revs.forEach(r -> arr.add(EntryViews.full(r)));
    return o;
  }

  /**
   * Validates and stores a new record. Arguments: {@code record} (object, required), {@code
   * domain}, {@code author}, {@code source}, {@code level} ({@code strict} default, or {@code
   * reference}).
   *
   * @throws RecordRejectedException with every issue when the record is invalid
   */
  public ObjectNode add(ObjectNode args) {
    JsonArgs a = JsonArgs.of(args);
    ObjectNode record = a.requireObject("record").deepCopy();
    ValidationLevel level = level(a.optText("level").orElse("strict"));
    ValidationReport report = Validator.of(profile, level).validate(record);
    if (!report.valid()) {
      throw new RecordRejectedException(
          "the record has " + report.issues().size() + " validation issue(s) (" + level.name().toLowerCase(Locale.ROOT)
              + ", profile " + profile.name() + "); fix them and add it again", report.issues());
    }
    ImportOptions opts = ImportOptions.defaults().withProfile(profile);
    if (a.optText("domain").isPresent()) {
      opts = opts.withDomain(a.optText("domain").get());
    }
    opts = opts.withAuthor(a.optText("author").orElse("nk-server"));
    opts = opts.withSource(a.optText("source").orElse("nk-server"));
    long before = bank.changes().lastSequence();
    ImportReport r = bank.importRecords(List.of(record), "request", opts);
    if (r.rejected() > 0) {
      List<ValidationIssue> issues = new ArrayList<>();
      for (Rejection rej : r.rejections()) {
        issues.add(new ValidationIssue("$", "bank.rejected", rej.reason()));
      }
      throw new RecordRejectedException("the bank refused the record: " + r.rejections().get(0).reason(), issues);
    }
    ObjectNode o = F.objectNode();
    o.put("status", r.imported() > 0 ? "imported" : "unchanged");
    BankEntry stored = findStored(record, before);
    if (stored != null) {
      o.put("id", stored.id());
      o.set("entry", EntryViews.full(stored));
    }
    ArrayNode w = o.putArray("warnings");
    r.warnings().forEach(w::add);
    return o;
  }

  private BankEntry findStored(ObjectNode record, long before) {
    if (record.path("id").isTextual()) {
      return bank.get(record.path("id").asText()).orElse(null);
    }
    BankEntry[] found = new BankEntry[1];
    bank.changes().forEachChangeSince(before, e -> {
      if (e.original().equals(record)) {
        found[0] = e;
      }
    });
    if (found[0] == null) {
      // unchanged: the bank already held the same content; find it among active entries by text
      for (SearchHit h : bank.search(SearchRequests.parse(JsonArgs.of(F.objectNode().put("limit", 200)))).hits()) {
        if (h.entry().original().equals(record)) {
          return h.entry();
        }
      }
    }
    return found[0];
  }

  /**
   * Stores a corrected revision: {@code record} (object), {@code reason} (required), {@code
   * author}, {@code expected_revision} (the revision the correction is based on; a stale one is
   * refused with {@link org.negativeknowledge.bank.entry.RevisionConflictException}).
   */
  public ObjectNode revise(String id, ObjectNode args) {
    JsonArgs a = JsonArgs.of(args);
    ObjectNode record = a.requireObject("record").deepCopy();
    String reason = a.requireText("reason");
    String author = a.optText("author").orElse(null);
    java.util.OptionalInt expected = a.optInt("expected_revision", 1, Integer.MAX_VALUE);
    BankEntry e = expected.isPresent()
        ? bank.revise(id, record, reason, author, expected.getAsInt())
        : bank.revise(id, record, reason, author);
    return EntryViews.full(e);
  }

  /** Retracts {@code id}: {@code reason} (required), {@code author}. */
  public ObjectNode retract(String id, ObjectNode args) {
    JsonArgs a = JsonArgs.of(args);
    BankEntry e = bank.retract(id, a.requireText("reason"), a.optText("author").orElse(null));
    return EntryViews.full(e);
  }

  /** Counts by polarity, domain, facet, depth, shape and status. */
  public ObjectNode stats() {
    return bank.stats().toJson();
  }

  // ---- consultation protocol ------------------------------------------------------------------

  private ConsultationLedger ledger() {
    return bank.consultations();
  }

  /**
   * Opens a consultation: {@code task} and {@code context} (required), {@code domain}, {@code
   * domain_only} (a filter instead of a preference), {@code token_budget} (default {@value
   * #DEFAULT_TOKEN_BUDGET}).
   */
  public ObjectNode consult(ObjectNode args) {
    JsonArgs a = JsonArgs.of(args);
    Consultation c = ledger().open(
        a.requireText("task"), a.requireText("context"), a.optText("domain").orElse(null),
        a.optBoolean("domain_only", false), a.optInt("token_budget", 1, 1_000_000).orElse(DEFAULT_TOKEN_BUDGET));
    ObjectNode o = F.objectNode();
    o.put("consultation_id", c.id());
    o.put("task", c.task());
    o.put("context", c.context());
    o.put("domain", c.domain());
    o.put("created_at", c.createdAt().toString());
    o.put("memory", c.memory().text());
    o.put("memory_tokens", c.memory().tokens());
    o.put("omitted", c.memory().omitted());
    ArrayNode arr = o.putArray("surfaced");
    for (SurfacedEntry s : c.surfaced()) {
      ObjectNode e = arr.addObject();
      e.put("entry_id", s.entryId());
      e.put("seen_revision", s.seenRevision());
      e.put("rank", s.rank());
      e.put("score", s.score());
      if (s.form() != null) {
        e.put("form", s.form().wireName());
      }
      ArrayNode fl = e.putArray("flags");
      s.flags().forEach(fl::add);
      bank.get(s.entryId()).ifPresent(be -> e.put("title", EntryViews.title(be)));
    }
    o.put("next_step", c.surfaced().isEmpty()
        ? "no entry surfaced: propose your experiment (nk_propose)"
        : "decide adopt or reject, with a one-line reason, on each surfaced entry (nk_decide), then nk_propose");
    return o;
  }

  /**
   * Records decisions: {@code consultation_id} and either {@code entry_id}, {@code decision}
   * (adopt|reject), {@code reason}, or {@code decisions}: an array of such objects.
   */
  public ObjectNode decide(ObjectNode args) {
    JsonArgs a = JsonArgs.of(args);
    String cid = a.requireText("consultation_id");
    List<ObjectNode> items = new ArrayList<>(a.optObjects("decisions"));
    if (items.isEmpty()) {
      items.add(args);
    }
    for (ObjectNode item : items) {
      JsonArgs d = JsonArgs.of(item);
      Decision decision;
      try {
        decision = Decision.fromWireName(d.requireText("decision"));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException(e.getMessage());
      }
      ledger().decide(cid, d.requireText("entry_id"), decision, d.requireText("reason"));
    }
    return decisions(cid);
  }

  /** The decisions in force on a consultation, in rank order. */
  public ObjectNode decisions(String consultationId) {
    ObjectNode o = F.objectNode();
    o.put("consultation_id", consultationId);
    ArrayNode arr = o.putArray("decisions");
    for (EntryDecision d : ledger().decisions(consultationId)) {
      arr.addObject()
          .put("entry_id", d.entryId())
          .put("seen_revision", d.seenRevision())
          .put("decision", d.decision().wireName())
          .put("reason", d.reason());
    }
    return o;
  }

  /**
   * Proposes the experiment: {@code consultation_id}, and {@code experiment} (object with the
   * paper's Experiment fields) or {@code method} (text); {@code strict} refuses dead ends.
   * Refused (409) while a surfaced entry has no decision.
   */
  public ObjectNode propose(ObjectNode args) {
    JsonArgs a = JsonArgs.of(args);
    String cid = a.requireText("consultation_id");
    ObjectNode experiment = a.has("experiment") ? a.requireObject("experiment").deepCopy() : null;
    String method = a.optText("method").orElse(null);
    if (experiment == null && method == null) {
      throw new InvalidRequestException("give the experiment as 'experiment' (object) or 'method' (text)");
    }
    Proposal p = ledger().propose(cid, experiment, method, a.optBoolean("strict", false));
    ObjectNode o = F.objectNode();
    o.put("experiment_id", p.experimentId());
    o.set("experiment", p.experiment());
    o.set("dead_end_warnings", routeMatches(p.deadEndWarnings()));
    ArrayNode rev = o.putArray("revised_since_seen");
    p.revisedSinceSeen().forEach(rev::add);
    return o;
  }

  /** The stored experiment {@code id}; 404 when unknown. */
  public ObjectNode experiment(String id) {
    ObjectNode e = ledger().experiment(id).orElseThrow(() -> new ServerException(404,
        "no experiment with id '" + id + "' in this bank (ids come from nk_propose)", null));
    ObjectNode o = F.objectNode();
    o.put("experiment_id", id);
    o.set("experiment", e);
    return o;
  }

  /**
   * Closes an experiment: {@code experiment_id}, {@code outcome} (success|partial|failure),
   * {@code diagnostics} (object), {@code note}.
   */
  public ObjectNode finding(ObjectNode args) {
    JsonArgs a = JsonArgs.of(args);
    Outcome outcome;
    try {
      outcome = Outcome.fromWireName(a.requireText("outcome"));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage());
    }
    ObjectNode diag = a.has("diagnostics") ? a.requireObject("diagnostics").deepCopy() : null;
    FindingResult r = ledger().finding(a.requireText("experiment_id"), outcome, diag, a.optText("note").orElse(null));
    ObjectNode o = F.objectNode();
    o.put("finding_id", r.findingId());
    o.put("experiment_id", r.experimentId());
    o.put("outcome", r.outcome().wireName());
    ArrayNode u = o.putArray("usefulness");
    r.usefulness().forEach(x -> u.add(usefulnessView(x)));
    ArrayNode nm = o.putArray("newly_misleading");
    r.newlyMisleading().forEach(nm::add);
    return o;
  }

  /** Ruled-out routes matching {@code route} (required); {@code task}, {@code domain} narrow it. */
  public ObjectNode checkRoute(ObjectNode args) {
    JsonArgs a = JsonArgs.of(args);
    List<RouteMatch> m = ledger().checkRoute(
        a.requireText("route"), a.optText("task").orElse(null), a.optText("domain").orElse(null));
    ObjectNode o = F.objectNode();
    o.put("route", a.requireText("route"));
    o.put("ruled_out", !m.isEmpty());
    o.set("matches", routeMatches(m));
    return o;
  }

  /** Usefulness counters of every surfaced entry, and the entries flagged misleading. */
  public ObjectNode usefulness() {
    ObjectNode o = F.objectNode();
    ArrayNode all = o.putArray("entries");
    ArrayNode flagged = o.putArray("misleading");
    for (EntryUsefulness u : ledger().usefulness()) {
      ObjectNode v = usefulnessView(u);
      bank.get(u.entryId()).ifPresent(e -> v.put("title", EntryViews.title(e)));
      all.add(v);
      if (u.misleading()) {
        flagged.add(v);
      }
    }
    return o;
  }

  /** Default number of consultations {@link #recentConsultations} lists. */
  public static final int DEFAULT_RECENT = 20;
  /** The most consultations {@link #recentConsultations} lists. */
  public static final int MAX_RECENT = 500;

  /**
   * The most recent consultations of every task, newest first, each with its decisions and the
   * experiment (and outcome) it led to: {@code limit} (1..{@value #MAX_RECENT}, default {@value
   * #DEFAULT_RECENT}).
   */
  public ObjectNode recentConsultations(ObjectNode args) {
    int limit = JsonArgs.of(args).optInt("limit", 1, MAX_RECENT).orElse(DEFAULT_RECENT);
    ObjectNode o = F.objectNode();
    ArrayNode arr = o.putArray("consultations");
    Map<String, String> titles = new LinkedHashMap<>();
    for (ConsultationSummary k : ledger().recentConsultations(limit)) {
      arr.add(consultationView(k, titles));
    }
    return o;
  }

  /** One consultation with its decisions and experiment; 404 when unknown. */
  public ObjectNode consultation(String id) {
    ConsultationSummary k = ledger().consultation(id).orElseThrow(() -> new ServerException(404,
        "no consultation with id '" + id + "' in this bank (ids come from nk_consult; GET /api/consultations lists"
            + " the recent ones)", null));
    return consultationView(k, new LinkedHashMap<>());
  }

  /**
   * The ledger's experiments that cited (adopted) or rejected entry {@code id}, newest first, with
   * the reason and outcome, plus the counts from imported research graphs; 404 when the entry is
   * unknown.
   */
  public ObjectNode citations(String id) {
    if (bank.get(id).isEmpty()) {
      throw new EntryNotFoundException(id);
    }
    List<ExperimentCitation> cs = ledger().citations(id);
    ObjectNode o = F.objectNode();
    o.put("entry_id", id);
    o.put("cited", cs.stream().filter(ExperimentCitation::cited).count());
    o.put("rejected", cs.stream().filter(c -> !c.cited()).count());
    ArrayNode arr = o.putArray("experiments");
    for (ExperimentCitation c : cs) {
      ObjectNode v = arr.addObject();
      v.put("experiment_id", c.experimentId());
      v.put("consultation_id", c.consultationId());
      v.put("task", c.task());
      v.put("decision", c.decision().wireName());
      v.put("reason", c.reason());
      v.put("seen_revision", c.seenRevision());
      v.put("proposed_at", c.proposedAt().toString());
      v.put("outcome", c.outcome() == null ? null : c.outcome().wireName());
    }
    BankUseCounts use = ledger().importedBankUse();
    o.putObject("imported_bank_use").put("cited", use.citedCount(id)).put("rejected", use.rejectedCount(id));
    return o;
  }

  private ObjectNode consultationView(ConsultationSummary k, Map<String, String> titles) {
    ObjectNode v = F.objectNode();
    v.put("consultation_id", k.id());
    v.put("task", k.task());
    v.put("domain", k.domain());
    v.put("context", k.context());
    v.put("opened_at", k.openedAt().toString());
    v.put("surfaced", k.surfacedCount());
    v.put("undecided", k.undecidedCount());
    ArrayNode ds = v.putArray("decisions");
    for (EntryDecision d : k.decisions()) {
      ObjectNode x = ds.addObject()
          .put("entry_id", d.entryId())
          .put("seen_revision", d.seenRevision())
          .put("decision", d.decision().wireName())
          .put("reason", d.reason());
      String title = titles.computeIfAbsent(d.entryId(),
          eid -> bank.get(eid).map(EntryViews::title).orElse(""));
      if (!title.isEmpty()) {
        x.put("title", title);
      }
    }
    v.put("experiment_id", k.experimentId());
    v.put("outcome", k.outcome() == null ? null : k.outcome().wireName());
    return v;
  }

  /** The research graph of {@code task} (the paper's node objects, in time order). */
  public ObjectNode graph(String task) {
    if (task == null || task.isBlank()) {
      throw new InvalidRequestException("missing argument 'task' (the task whose research graph to show)");
    }
    ObjectNode o = F.objectNode();
    o.put("task", task);
    ArrayNode nodes = o.putArray("nodes");
    ledger().graph(task).objects().forEach(nodes::add);
    return o;
  }

  private JsonNode usefulnessOf(String id) {
    for (EntryUsefulness u : ledger().usefulness()) {
      if (u.entryId().equals(id)) {
        return usefulnessView(u);
      }
    }
    return usefulnessView(new EntryUsefulness(id, 0, 0, 0, 0, 0, 0, false));
  }

  private static ObjectNode usefulnessView(EntryUsefulness u) {
    ObjectNode v = F.objectNode();
    v.put("entry_id", u.entryId());
    v.put("surfaced", u.surfaced());
    v.put("adopted", u.adopted());
    v.put("rejected", u.rejected());
    v.put("adopted_then_success", u.adoptedThenSuccess());
    v.put("adopted_then_partial", u.adoptedThenPartial());
    v.put("adopted_then_failure", u.adoptedThenFailure());
    v.put("net", u.net());
    v.put("misleading", u.misleading());
    return v;
  }

  private static ArrayNode routeMatches(List<RouteMatch> matches) {
    ArrayNode arr = F.arrayNode();
    for (RouteMatch m : matches) {
      arr.addObject()
          .put("kind", m.kind().wireName())
          .put("source_id", m.sourceId())
          .put("route", m.route())
          .put("score", m.score())
          .put("search_score", m.searchScore())
          .put("why", m.why());
    }
    return arr;
  }

  private Map<String, List<String>> flagsOf(List<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return new LinkedHashMap<>(ledger().flags(ids));
  }

  // ---- curation --------------------------------------------------------------------------------

  /** Whether {@code curate} would use a model (else the offline curator). */
  public boolean curatorHasModel() {
    return curation.hasModel();
  }

  /**
   * Curates failed rounds into one record and (when valid, unless {@code add_to_bank} is false)
   * adds it to the bank. See {@link CurationRequest} for the arguments.
   */
  public ObjectNode curate(ObjectNode args) {
    JsonArgs a = JsonArgs.of(args);
    try (CurationRequest req = CurationRequest.parse(a, fileAccess);
        CurationSettings.Handle h = curation.open(a.optBoolean("offline", false))) {
      CurationResult r = req.run(h.curator());
      ObjectNode o = F.objectNode();
      o.put("curator", h.kind());
      o.set("record", r.record());
      o.put("valid", r.validation().valid());
      ArrayNode issues = o.putArray("issues");
      for (ValidationIssue i : r.validation().issues()) {
        issues.addObject().put("path", i.path()).put("code", i.code()).put("message", i.message());
      }
      ObjectNode usage = o.putObject("usage");
      usage.put("input_tokens", r.usage().inputTokens());
      usage.put("output_tokens", r.usage().outputTokens());
      usage.put("model_calls", r.usage().modelCalls());
      usage.put("tool_calls", r.usage().toolCalls());
      usage.put("duration_ms", r.usage().duration().toMillis());
      usage.put("stop_reason", r.usage().stopReason());
      if (r.validation().valid() && a.optBoolean("add_to_bank", true)) {
        Map<String, String> hashes = new LinkedHashMap<>();
        r.audit().path("inputs").fields().forEachRemaining(e -> {
          if (e.getValue().has("sha256")) {
            hashes.put(e.getKey(), e.getValue().path("sha256").asText());
          }
        });
        ImportOptions opts = ImportOptions.defaults()
            .withSource("nk_curate:" + req.taskId())
            .withAuthor("nk-curator:" + h.kind())
            .withInputHashes(hashes);
        if (a.optText("domain").isPresent()) {
          opts = opts.withDomain(a.optText("domain").get());
        }
        long before = bank.changes().lastSequence();
        Optional<CurationOrigin> origin = CuratedOrigins.of(r, req.rounds());
        ImportReport rep = origin.isPresent()
            ? bank.importCurated(List.of(r.record().deepCopy()), "nk_curate", opts, origin.get())
            : bank.importRecords(List.of(r.record().deepCopy()), "nk_curate", opts);
        o.put("bank", rep.summary());
        o.put("deduplicated", rep.deduplicated() > 0);
        origin.ifPresent(x -> o.put("signature_key", x.signatureKey()));
        BankEntry stored = origin.map(x -> findBySignature(x.signatureKey(), r.record().path("task_id").asText(""))).orElse(null);
        if (stored == null) {
          stored = findStored(r.record(), before);
        }
        if (stored != null) {
          o.put("id", stored.id());
          o.put("occurrences", stored.occurrences());
        }
      }
      return o;
    }
  }

  /** The active entry of {@code taskId} (blank: any) stored with failure signature {@code key}, or null. */
  private BankEntry findBySignature(String key, String taskId) {
    ObjectNode q = F.objectNode().put("limit", SearchRequests.MAX_LIMIT);
    if (!taskId.isBlank()) {
      q.put("task_id", taskId);
    }
    for (SearchHit h : bank.search(SearchRequests.parse(JsonArgs.of(q))).hits()) {
      if (key.equals(h.entry().signatureKey())) {
        return h.entry();
      }
    }
    return null;
  }

  private static ValidationLevel level(String name) {
    try {
      return ValidationLevel.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("argument 'level' must be strict or reference, got '" + name + "'");
    }
  }
}
