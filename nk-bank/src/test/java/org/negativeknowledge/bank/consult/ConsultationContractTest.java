package org.negativeknowledge.bank.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.OpenOptions;
import org.negativeknowledge.bank.graph.GraphNode;
import org.negativeknowledge.bank.graph.ResearchGraph;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.bank.search.VectorPass;
import org.negativeknowledge.record.NkJson;

/**
 * The consultation protocol's contract, run on every store: SQLite ({@code
 * SqliteConsultationTest}) and PostgreSQL ({@code org.negativeknowledge.bank.PostgresConsultationTest}).
 */
public abstract class ConsultationContractTest {

  @TempDir protected Path tmp;

  private final List<Bank> opened = new ArrayList<>();

  /** A URL of a new, empty bank; each call a different one. */
  protected abstract String newBankUrl();

  protected Bank open(String url) {
    Bank b = Bank.open(url, OpenOptions.defaults().withAuthor("tester")
        .withIndexDirectory(tmp.resolve("index-" + UUID.randomUUID())));
    synchronized (opened) {
      opened.add(b);
    }
    return b;
  }

  @AfterEach
  void closeBanks() {
    for (Bank b : opened) {
      b.close();
    }
  }

  static final String EULER =
      "{\"id\":\"kb-euler-central-gibbs\",\"kind\":\"negative\",\"domain\":\"burgers\","
          + "\"attempted_route\":\"forward Euler with central differences for the burgers shock\","
          + "\"observation\":\"Gibbs oscillations at the shock, 21 local maxima\","
          + "\"failure\":{\"layer\":\"method_failure\",\"scope\":\"general_failure\",\"degree\":\"contradicted\","
          + "\"recommended_action\":\"change_method\",\"risk\":\"high_risk_false_progress\"},"
          + "\"rationale\":\"central differencing has no upwind dissipation\"}";
  static final String MUSCL =
      "{\"id\":\"kb-muscl-shock-pass\",\"kind\":\"positive\",\"domain\":\"burgers\","
          + "\"claim\":\"MUSCL with a Godunov flux captures the burgers shock without oscillations\","
          + "\"method\":\"MUSCL Godunov forward Euler\"}";
  static final String LAX =
      "{\"id\":\"kb-lax-friedrichs-diffusive\",\"kind\":\"negative\",\"domain\":\"burgers\","
          + "\"attempted_route\":\"Lax-Friedrichs flux for the burgers shock over long times\","
          + "\"observation\":\"the shock smears over 20 cells\","
          + "\"failure\":{\"layer\":\"method_failure\"},\"rationale\":\"numerical diffusion\"}";
  static final String DEEP =
      "{\"task_id\":\"kdv-soliton\",\"depth\":3,\"domain\":\"burgers\","
          + "\"ruled_out_routes\":[\"explicit RK4 on the stiff dispersive term of the shock\",\"no dealiasing\"],"
          + "\"synthesised_diagnosis\":\"stiffness of the dispersive term\","
          + "\"failure\":{\"layer\":\"method_failure\"},\"rationale\":\"shock and soliton\"}";

  protected Bank seeded() {
    Bank b = open(newBankUrl());
    List<ObjectNode> records = new ArrayList<>();
    for (String s : List.of(EULER, MUSCL, LAX, DEEP)) {
      records.add(NkJson.parseObject(s));
    }
    assertThat(b.importRecords(records, "seed", ImportOptions.defaults()).committed()).isTrue();
    return b;
  }

  private static Consultation consult(ConsultationLedger ledger, String task) {
    return ledger.open(task, "capture the burgers shock: MUSCL Godunov, or Euler central differences, or Lax-Friedrichs", "burgers", 4000);
  }

  private static void decideAll(ConsultationLedger ledger, Consultation k, String adopt) {
    for (String id : k.entryIds()) {
      ledger.decide(k.id(), id, id.equals(adopt) ? Decision.ADOPT : Decision.REJECT,
          id.equals(adopt) ? "proven shock baseline" : "not the route we take");
    }
  }

  @Test
  void theWholeCycleRefusesUndecidedProposalsThenLearnsFromTheFinding() {
    Bank bank = seeded();
    ConsultationLedger ledger = bank.consultations();
    Consultation k = consult(ledger, "T1");
    assertThat(k.entryIds()).contains("kb-euler-central-gibbs", "kb-muscl-shock-pass", "kb-lax-friedrichs-diffusive");
    assertThat(k.memory().text()).contains("[kb-muscl-shock-pass]");
    assertThat(k.surfaced()).allSatisfy(s -> assertThat(s.seenRevision()).isEqualTo(1));

    assertThatThrownBy(() -> ledger.propose(k.id(), null, "MUSCL Godunov", false))
        .isInstanceOf(UndecidedEntriesException.class)
        .hasMessageContaining("kb-euler-central-gibbs")
        .satisfies(e -> assertThat(((UndecidedEntriesException) e).undecided()).containsExactlyElementsOf(k.entryIds()));

    ledger.decide(k.id(), "kb-muscl-shock-pass", Decision.REJECT, "first thought");
    decideAll(ledger, k, "kb-muscl-shock-pass"); // the MUSCL decision is changed to adopt
    assertThat(ledger.decisions(k.id())).hasSize(k.entryIds().size())
        .filteredOn(d -> d.entryId().equals("kb-muscl-shock-pass"))
        .singleElement().satisfies(d -> assertThat(d.decision()).isEqualTo(Decision.ADOPT));

    Proposal p = ledger.propose(k.id(), null, "MUSCL with a Godunov flux and van Leer limiter", false);
    ObjectNode x = p.experiment();
    assertThat(texts(x.get("cites_bank"))).containsExactly("kb-muscl-shock-pass");
    assertThat(texts(x.get("rejects_bank"))).contains("kb-euler-central-gibbs", "kb-lax-friedrichs-diffusive");
    assertThat(x.get("bank_use_rationale").asText()).contains("reject kb-euler-central-gibbs: not the route we take");
    assertThat(x.get("motivated_by").asText()).isEqualTo(k.id());

    assertThatThrownBy(() -> ledger.decide(k.id(), "kb-muscl-shock-pass", Decision.REJECT, "too late"))
        .isInstanceOf(ConsultationStateException.class).hasMessageContaining("already has a proposal");
    assertThatThrownBy(() -> ledger.propose(k.id(), null, "again", false))
        .isInstanceOf(ConsultationStateException.class).hasMessageContaining(p.experimentId());

    FindingResult f = ledger.finding(p.experimentId(), Outcome.SUCCESS, NkJson.parseObject("{\"l1\":0.003}"), "shock sharp");
    assertThat(f.usefulness()).singleElement().satisfies(u -> {
      assertThat(u.entryId()).isEqualTo("kb-muscl-shock-pass");
      assertThat(u.adopted()).isEqualTo(1);
      assertThat(u.adoptedThenSuccess()).isEqualTo(1);
    });
    assertThatThrownBy(() -> ledger.finding(p.experimentId(), Outcome.FAILURE, null, null))
        .isInstanceOf(ConsultationStateException.class).hasMessageContaining("already has a finding");

    List<EntryUsefulness> stats = ledger.usefulness();
    assertThat(stats.get(0).entryId()).isEqualTo("kb-muscl-shock-pass");
    assertThat(stats).filteredOn(u -> u.entryId().equals("kb-euler-central-gibbs")).singleElement()
        .satisfies(u -> {
          assertThat(u.surfaced()).isEqualTo(1);
          assertThat(u.rejected()).isEqualTo(1);
          assertThat(u.adopted()).isZero();
        });

    ResearchGraph g = ledger.graph("T1");
    assertThat(g.nodes()).extracting(GraphNode::type)
        .startsWith("Question").contains("Decision").endsWith("Experiment", "Finding");
    GraphNode e = g.nodesOfType("Experiment").get(0);
    assertThat(e.citesBank()).containsExactly("kb-muscl-shock-pass");
    assertThat(e.original().get("ts").asInt()).isGreaterThan(1);
    assertThat(g.nodesOfType("Finding").get(0).original().get("kind").asText()).isEqualTo("positive");
  }

  @Test
  void unknownIdsAndUnsurfacedEntriesAreRefusedWithTheWayOut() {
    Bank bank = seeded();
    ConsultationLedger ledger = bank.consultations();
    // The library says what is missing; each front end adds its own way out.
    assertThatThrownBy(() -> ledger.decide("c-nope", "x", Decision.ADOPT, "r"))
        .isInstanceOfSatisfying(ConsultationNotFoundException.class, e -> {
          assertThat(e.kind()).isEqualTo("consultation");
          assertThat(e.id()).isEqualTo("c-nope");
        })
        .hasMessage("this bank has no consultation 'c-nope'");
    Consultation k = consult(ledger, "T1");
    assertThatThrownBy(() -> ledger.decide(k.id(), "kb-unknown", Decision.ADOPT, "r"))
        .isInstanceOf(ConsultationStateException.class).hasMessageContaining("did not show entry 'kb-unknown'");
    assertThatThrownBy(() -> ledger.decide(k.id(), k.entryIds().get(0), Decision.ADOPT, "two\nlines"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one line");
    assertThatThrownBy(() -> ledger.decide(k.id(), k.entryIds().get(0), Decision.ADOPT, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason is required");
  }

  @Test
  void concurrentAgentsDecidingOnOneConsultationLoseNothing() throws Exception {
    String url = newBankUrl();
    Bank first = open(url);
    List<ObjectNode> records = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      records.add(NkJson.parseObject("{\"id\":\"kb-shock-" + i + "\",\"kind\":\"negative\",\"domain\":\"burgers\","
          + "\"attempted_route\":\"shock scheme variant " + i + "\",\"observation\":\"shock oscillates\"}"));
    }
    first.importRecords(records, "seed", ImportOptions.defaults());
    ConsultationLedger ledger = first.consultations().withSettings(ConsultationSettings.defaults().withMaxSurfaced(12));
    Consultation k = ledger.open("T2", "shock scheme variant", null, 100_000);
    assertThat(k.surfaced()).hasSize(12);

    int agents = 4;
    List<Bank> banks = new ArrayList<>();
    for (int a = 0; a < agents; a++) {
      banks.add(open(url));
    }
    ExecutorService pool = Executors.newFixedThreadPool(agents);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> done = new ArrayList<>();
    for (int a = 0; a < agents; a++) {
      int agent = a;
      done.add(pool.submit(() -> {
        start.await();
        int n = 0;
        // Every agent decides every entry, so each row is written concurrently by all of them.
        for (String id : k.entryIds()) {
          banks.get(agent).consultations().decide(k.id(), id, agent % 2 == 0 ? Decision.ADOPT : Decision.REJECT,
              "agent " + agent);
          n++;
        }
        return n;
      }));
    }
    start.countDown();
    for (Future<Integer> f : done) {
      assertThat(f.get()).isEqualTo(12);
    }
    pool.shutdown();
    List<EntryDecision> decisions = ledger.decisions(k.id());
    assertThat(decisions).hasSize(12).allSatisfy(d -> assertThat(d.reason()).startsWith("agent "));
    assertThat(ledger.propose(k.id(), null, "a brand new idea nobody tried", false).experiment()
        .get("decisions")).hasSize(12);
  }

  @Test
  void anEntryRevisedBetweenConsultAndProposeKeepsTheDecisionOnTheSeenRevision() {
    Bank bank = seeded();
    ConsultationLedger ledger = bank.consultations();
    Consultation k = consult(ledger, "T3");
    decideAll(ledger, k, "kb-muscl-shock-pass");
    ObjectNode corrected = NkJson.parseObject(MUSCL);
    corrected.put("claim", "MUSCL with a Godunov flux captures the shock; needs CFL <= 0.45");
    bank.revise("kb-muscl-shock-pass", corrected, "CFL limit found", "reviewer");

    Proposal p = ledger.propose(k.id(), NkJson.parseObject("{\"method\":\"MUSCL Godunov\",\"params\":{\"cfl\":0.4},\"T\":0.5}"), null, false);
    assertThat(p.revisedSinceSeen()).containsExactly("kb-muscl-shock-pass");
    JsonNode d = decisionOf(p.experiment(), "kb-muscl-shock-pass");
    assertThat(d.get("seen_revision").asInt()).isEqualTo(1);
    assertThat(d.get("current_revision").asInt()).isEqualTo(2);
    assertThat(d.get("decision").asText()).isEqualTo("adopt");
    assertThat(p.experiment().get("params").get("cfl").decimalValue()).isEqualByComparingTo("0.4");
    assertThat(decisionOf(p.experiment(), "kb-euler-central-gibbs").has("current_revision")).isFalse();
  }

  @Test
  void anEntryAdoptedThenFailingTwiceIsFlaggedInConsultRenderAndStats() {
    Bank bank = seeded();
    ConsultationLedger ledger = bank.consultations();
    for (int round = 1; round <= 2; round++) {
      Consultation k = consult(ledger, "T4");
      decideAll(ledger, k, "kb-muscl-shock-pass");
      Proposal p = ledger.propose(k.id(), null, "MUSCL Godunov attempt " + round, false);
      FindingResult f = ledger.finding(p.experimentId(), Outcome.FAILURE, null, "diverged");
      assertThat(f.newlyMisleading()).isEqualTo(round == 2 ? List.of("kb-muscl-shock-pass") : List.of());
    }
    assertThat(ledger.usefulness()).filteredOn(EntryUsefulness::misleading).singleElement()
        .satisfies(u -> {
          assertThat(u.entryId()).isEqualTo("kb-muscl-shock-pass");
          assertThat(u.adoptedThenFailure()).isEqualTo(2);
          assertThat(u.net()).isEqualTo(-2);
        });
    assertThat(ledger.flags(List.of("kb-muscl-shock-pass", "kb-euler-central-gibbs")))
        .containsOnlyKeys("kb-muscl-shock-pass");
    assertThat(bank.render(SearchQuery.of("MUSCL Godunov"), 2000).text())
        .contains("[kb-muscl-shock-pass]").contains("!! " + ConsultationLedger.MISLEADING);
    Consultation next = consult(ledger, "T4");
    assertThat(next.surfaced()).filteredOn(s -> s.entryId().equals("kb-muscl-shock-pass")).singleElement()
        .satisfies(s -> assertThat(s.flags()).singleElement().asString().startsWith(ConsultationLedger.MISLEADING));
    assertThat(ledger.withSettings(ConsultationSettings.defaults().withMisleadingAfter(3)).usefulness())
        .noneMatch(EntryUsefulness::misleading);
  }

  @Test
  void theDeadEndCheckWarnsRefusesWhenStrictAndRespectsExplicitRejections() {
    Bank bank = seeded();
    ConsultationLedger ledger = bank.consultations();
    String deadRoute = "forward Euler with central differences for the burgers shock";
    assertThat(ledger.checkRoute(deadRoute, null, null)).first().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(RouteMatchKind.NEGATIVE_ENTRY);
      assertThat(m.sourceId()).isEqualTo("kb-euler-central-gibbs");
      assertThat(m.score()).isEqualTo(1.0);
      assertThat(m.searchScore()).isPositive();
      assertThat(m.why()).isEqualTo("same technique `forward Euler`");
    });
    assertThat(ledger.checkRoute("explicit RK4 on the stiff dispersive term", null, "burgers"))
        .anySatisfy(m -> assertThat(m.kind()).isEqualTo(RouteMatchKind.RULED_OUT_ROUTE));
    assertThat(ledger.checkRoute("spectral element method with entropy viscosity", null, null)).isEmpty();

    Consultation k = consult(ledger, "T5");
    decideAll(ledger, k, "kb-euler-central-gibbs"); // adopted, not rejected: the route is still ruled out
    assertThatThrownBy(() -> ledger.propose(k.id(), null, deadRoute, true))
        .isInstanceOf(DeadEndException.class).hasMessageContaining("kb-euler-central-gibbs");
    Proposal warned = ledger.propose(k.id(), null, deadRoute, false);
    assertThat(warned.deadEndWarnings()).extracting(RouteMatch::sourceId).contains("kb-euler-central-gibbs");
    assertThat(warned.experiment().get("dead_end_warnings")).isNotEmpty();
    assertThat(warned.experiment().get("dead_end_warnings").get(0).path("why").asText()).startsWith("same technique");

    Consultation k2 = consult(ledger, "T5");
    decideAll(ledger, k2, "kb-muscl-shock-pass"); // Euler rejected as inapplicable: no warning
    Proposal clean = ledger.propose(k2.id(), null, deadRoute, true);
    assertThat(clean.deadEndWarnings()).isEmpty();

    ledger.finding(clean.experimentId(), Outcome.FAILURE, null, "oscillated");
    assertThat(ledger.checkRoute(deadRoute, "T5", null))
        .anySatisfy(m -> {
          assertThat(m.kind()).isEqualTo(RouteMatchKind.DISCARDED_EXPERIMENT);
          assertThat(m.sourceId()).isEqualTo(clean.experimentId());
        });
    assertThat(ledger.checkRoute(deadRoute, "other-task", null))
        .noneMatch(m -> m.kind() == RouteMatchKind.DISCARDED_EXPERIMENT);
  }

  @Test
  void importedGraphsAreKeptLosslesslyPerSession() {
    Bank bank = open(newBankUrl());
    ConsultationLedger ledger = bank.consultations();
    String q = "{\"node_type\": \"Question\", \"id\": \"Q1\", \"text\": \"why?\", \"ts\": 1}";
    String e = "{\"node_type\":\"Experiment\",\"id\":\"E1\",\"params\":{\"dt\":2e-4},\"T\":8.0,"
        + "\"cites_bank\":[\"a\",\"b\"],\"rejects_bank\":[\"c\"],\"extra\":[1,2],\"ts\":2.5}";
    ResearchGraph g = ResearchGraph.of(List.of(new GraphNode(NkJson.parseObject(q)), new GraphNode(NkJson.parseObject(e))));
    ledger.importGraph("T_X/A", "T_X", g);
    ledger.importGraph("T_X/B", "T_X", g);
    ledger.importGraph("T_X/B", "T_X", g); // replaced, not doubled
    assertThat(ledger.importedSessions()).containsExactly("T_X/A", "T_X/B");
    assertThat(ledger.importedGraph("T_X/A").orElseThrow().objects())
        .containsExactlyElementsOf(g.objects());
    assertThat(ledger.importedBankUse().citedCount("a")).isEqualTo(2);
    assertThat(ledger.importedBankUse().rejectedCount("c")).isEqualTo(2);
  }

  @Test
  void recentConsultationsAcrossTasksAndAnEntrysCitationsComeFromTheLedger() {
    Bank bank = seeded();
    ConsultationLedger ledger = bank.consultations();
    Consultation first = consult(ledger, "T-old");
    decideAll(ledger, first, "kb-muscl-shock-pass");
    Proposal p1 = ledger.propose(first.id(), null, "MUSCL with a Godunov flux", false);
    ledger.finding(p1.experimentId(), Outcome.FAILURE, null, "still oscillates");
    Consultation second = consult(ledger, "T-new");
    decideAll(ledger, second, "kb-euler-central-gibbs");
    Proposal p2 = ledger.propose(second.id(), null, "upwind Euler for the shock", false);
    Consultation third = consult(ledger, "T-other");
    ledger.decide(third.id(), "kb-lax-friedrichs-diffusive", Decision.REJECT, "too diffusive");

    List<ConsultationSummary> recent = ledger.recentConsultations(10);
    assertThat(recent).extracting(ConsultationSummary::id).containsExactly(third.id(), second.id(), first.id());
    assertThat(recent).extracting(ConsultationSummary::task).containsExactly("T-other", "T-new", "T-old");
    ConsultationSummary open = recent.get(0);
    assertThat(open.proposed()).isFalse();
    assertThat(open.experimentId()).isNull();
    assertThat(open.outcome()).isNull();
    assertThat(open.surfacedCount()).isEqualTo(third.surfaced().size());
    assertThat(open.undecidedCount()).isEqualTo(third.surfaced().size() - 1);
    assertThat(open.decisions()).singleElement().satisfies(d -> {
      assertThat(d.entryId()).isEqualTo("kb-lax-friedrichs-diffusive");
      assertThat(d.decision()).isEqualTo(Decision.REJECT);
      assertThat(d.reason()).isEqualTo("too diffusive");
    });
    ConsultationSummary closed = recent.get(2);
    assertThat(closed.experimentId()).isEqualTo(p1.experimentId());
    assertThat(closed.outcome()).isEqualTo(Outcome.FAILURE);
    assertThat(closed.domain()).isEqualTo("burgers");
    assertThat(closed.context()).contains("burgers shock");
    assertThat(closed.decisions()).hasSize(first.surfaced().size());
    assertThat(recent.get(1).experimentId()).isEqualTo(p2.experimentId());
    assertThat(recent.get(1).outcome()).isNull();
    assertThat(ledger.recentConsultations(2)).extracting(ConsultationSummary::id).containsExactly(third.id(), second.id());
    assertThatThrownBy(() -> ledger.recentConsultations(0)).isInstanceOf(IllegalArgumentException.class);

    assertThat(ledger.consultation(first.id())).get().isEqualTo(closed);
    assertThat(ledger.consultation("c-unknown")).isEmpty();

    List<ExperimentCitation> muscl = ledger.citations("kb-muscl-shock-pass");
    assertThat(muscl).extracting(ExperimentCitation::experimentId).containsExactly(p2.experimentId(), p1.experimentId());
    ExperimentCitation cited = muscl.get(1);
    assertThat(cited.cited()).isTrue();
    assertThat(cited.task()).isEqualTo("T-old");
    assertThat(cited.consultationId()).isEqualTo(first.id());
    assertThat(cited.reason()).isEqualTo("proven shock baseline");
    assertThat(cited.seenRevision()).isEqualTo(1);
    assertThat(cited.outcome()).isEqualTo(Outcome.FAILURE);
    ExperimentCitation rejected = muscl.get(0);
    assertThat(rejected.decision()).isEqualTo(Decision.REJECT);
    assertThat(rejected.reason()).isEqualTo("not the route we take");
    assertThat(rejected.outcome()).isNull();
    // an undecided or unproposed consultation cites nothing
    assertThat(ledger.citations("kb-lax-friedrichs-diffusive")).extracting(ExperimentCitation::experimentId)
        .containsExactly(p2.experimentId(), p1.experimentId());
    assertThat(ledger.citations("kb-unknown")).isEmpty();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static JsonNode decisionOf(ObjectNode experiment, String id) {
    for (JsonNode d : experiment.get("decisions")) {
      if (d.get("entry").asText().equals(id)) {
        return d;
      }
    }
    throw new AssertionError("no decision on " + id + " in " + experiment);
  }

  // ---- the ledger records what the memory block shows -----------------------------------

  /** The ids the memory block shows, in order: each entry starts with "[id]" on a line of its own. */
  static List<String> shownIds(Consultation k) {
    List<String> ids = new ArrayList<>();
    // "[id] ..." opens an entry (headline or full); "  same program: id (...), id (...)" lists others.
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("(?m)^\\[([^\\]]+)\\] |(?:^  same program: |\\), )([^\\s(]+) \\(").matcher(k.memory().text());
    while (m.find()) {
      ids.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return ids;
  }

  @Test
  void theLedgerRecordsExactlyTheEntriesTheMemoryBlockShows() {
    Bank bank = open(newBankUrl());
    // The most relevant entry is too big for the budget in full: the block shows its headline and
    // smaller entries in full; the ledger asks for a decision on every entry the block shows.
    String terms = "godunov muscl capturing burgers shock ";
    ObjectNode big = NkJson.parseObject(
        "{\"id\":\"kb-big\",\"kind\":\"negative\",\"claim\":\"MUSCL Godunov shock capturing for burgers\"}");
    big.put("observation", terms.repeat(300));
    List<ObjectNode> records = new ArrayList<>(List.of(big));
    for (int i = 1; i <= 3; i++) {
      records.add(NkJson.parseObject(
          "{\"id\":\"kb-small-" + i + "\",\"kind\":\"negative\",\"claim\":\"burgers note " + i + "\"}"));
    }
    assertThat(bank.importRecords(records, "seed", ImportOptions.defaults()).committed()).isTrue();
    ConsultationLedger ledger = bank.consultations();
    assertThat(bank.search(SearchQuery.of(terms + "T9")).hits().get(0).entry().id()).isEqualTo("kb-big");

    Consultation k = ledger.open("T9", terms, null, 800);

    // Too big to show in full, it is shown as its headline (and must be decided like any other).
    assertThat(k.surfaced()).filteredOn(e -> e.entryId().equals("kb-big"))
        .extracting(SurfacedEntry::form).containsExactly(SurfacedEntry.Form.HEADLINE);
    assertThat(k.surfaced()).filteredOn(e -> e.form() == SurfacedEntry.Form.FULL).isNotEmpty();
    assertThat(k.entryIds()).isEqualTo(shownIds(k));
    assertThat(k.memory().tokens()).isLessThanOrEqualTo(800);
    assertThat(k.surfaced()).extracting(SurfacedEntry::rank).isSorted();
    assertThatThrownBy(() -> ledger.decide(k.id(), "kb-never", Decision.ADOPT, "never shown"))
        .isInstanceOf(ConsultationStateException.class)
        .hasMessageContaining("did not show entry 'kb-never'");
    for (String id : k.entryIds()) {
      ledger.decide(k.id(), id, Decision.REJECT, "not this task");
    }
    assertThat(ledger.propose(k.id(), null, "MUSCL Godunov", false).experimentId()).isNotBlank();
    assertThat(ledger.consultation(k.id()).orElseThrow().decisions()).extracting(EntryDecision::entryId)
        .isEqualTo(shownIds(k));
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS) // a consultation that waited for the held write lock would wait 30 s
  void aConsultationWithNoVectorPendingOnlyReadsTheIndexAndTheLedgerStillRecordsWhatItShows() throws Exception {
    Path indexDir = tmp.resolve("index-reader-only");
    Bank bank = Bank.open(newBankUrl(), OpenOptions.defaults().withAuthor("tester").withIndexDirectory(indexDir));
    synchronized (opened) {
      opened.add(bank);
    }
    List<ObjectNode> records = new ArrayList<>();
    for (String s : List.of(EULER, MUSCL, LAX, DEEP)) {
      records.add(NkJson.parseObject(s));
    }
    assertThat(bank.importRecords(records, "seed", ImportOptions.defaults()).committed()).isTrue();
    ConsultationLedger ledger = bank.consultations();
    consult(ledger, "T-first"); // embeds the four entries
    assertThat(pendingVectors(indexDir)).isZero();

    Consultation k;
    try (Directory d = FSDirectory.open(indexDir); Lock held = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      k = consult(ledger, "T-second"); // no writer: it would wait for the lock
    }

    assertThat(k.entryIds()).isEqualTo(shownIds(k)).contains("kb-muscl-shock-pass");
    decideAll(ledger, k, "kb-muscl-shock-pass");
    assertThat(ledger.propose(k.id(), null, "MUSCL Godunov", false).experimentId()).isNotBlank();
    ConsultationSummary recorded = ledger.consultation(k.id()).orElseThrow();
    assertThat(recorded.surfacedCount()).isEqualTo(k.entryIds().size());
    assertThat(recorded.decisions()).extracting(EntryDecision::entryId).isEqualTo(shownIds(k));

    // an entry imported later waits for its vector, and the next consultation gives it one
    String weno = "{\"id\":\"kb-weno-shock\",\"kind\":\"positive\",\"domain\":\"burgers\","
        + "\"claim\":\"fifth-order WENO reconstruction keeps the burgers shock sharp\"}";
    assertThat(bank.importRecords(List.of(NkJson.parseObject(weno)), "later", ImportOptions.defaults()).committed()).isTrue();
    assertThat(pendingVectors(indexDir)).isEqualTo(1);
    consult(ledger, "T-third");
    assertThat(pendingVectors(indexDir)).isZero();
  }

  /** Entries of the last index commit in {@code indexDir} that wait for their vector. */
  private static int pendingVectors(Path indexDir) throws java.io.IOException {
    try (Directory d = FSDirectory.open(indexDir); DirectoryReader r = DirectoryReader.open(d)) {
      return VectorPass.pending(r);
    }
  }

  @Test
  void thePapersNegativeBankAtBudget800RecordsWhatItShows() throws java.io.IOException {
    Path definitions = org.negativeknowledge.testing.PaperData.resolve("section4/tasks/stage2_definitions.json");
    Path negatives = org.negativeknowledge.testing.PaperData.resolve("section4/banks/bank_negative.jsonl");
    JsonNode ta = NkJson.mapper().readTree(definitions.toFile()).get("T_A");
    String context = ta.get("title").asText() + ". " + ta.get("description").asText() + " "
        + ta.get("phenomenon_target").asText();
    Bank bank = open(newBankUrl());
    assertThat(bank.importEntries(List.of(negatives), ImportOptions.defaults()).committed()).isTrue();
    ConsultationLedger ledger = bank.consultations();
    for (int budget : new int[] {800, 400, 1500}) {
      Consultation k = ledger.open("T_A", context, null, budget);
      assertThat(k.entryIds()).as("budget %d", budget).isEqualTo(shownIds(k)).isNotEmpty();
      for (String id : k.entryIds()) {
        ledger.decide(k.id(), id, Decision.ADOPT, "shown, so decided");
      }
      assertThat(ledger.propose(k.id(), null, "IMEX-CN spectral with a 2/3 dealiasing filter", false).experimentId())
          .isNotBlank();
    }
  }

  @Test
  void roundsOfOneProgramAreListedUnderItsSynthesisAndLeaveRoomForOtherPrograms() {
    Bank bank = open(newBankUrl());
    String round = "{\"task_id\":\"P\",\"round\":%d,\"attempted_route\":\"hyperviscosity k^8 on the bore with RK4 %s\","
        + "\"observation\":\"%s\",\"failure\":{\"layer\":\"method_failure\"},\"rationale\":\"%s\","
        + "\"recommended_alternative\":\"stronger hyperviscosity on the bore\"}";
    String filler = "hyperviscosity bore dissipation cascade spectral ".repeat(20);
    List<ObjectNode> records = new ArrayList<>();
    for (int r = 1; r <= 3; r++) {
      records.add(NkJson.parseObject(String.format(round, r, "nu=1e-" + (10 + r), filler, filler)));
    }
    records.add(NkJson.parseObject("{\"task_id\":\"P\",\"depth\":3,\"rounds_summary\":[],\"ruled_out_routes\":"
        + "[\"weak hyperviscosity on the bore\",\"k^8 hyperviscosity\"],\"synthesised_diagnosis\":\"hyperviscosity too weak for the bore cascade\","
        + "\"recommended_alternative\":\"linear viscosity on u\"}"));
    records.add(NkJson.parseObject("{\"id\":\"kb-visc\",\"kind\":\"positive\",\"domain\":\"bkdv\",\"claim\":\"linear viscosity damps the bore cascade\"}"));
    records.add(NkJson.parseObject("{\"id\":\"kb-other\",\"kind\":\"negative\",\"domain\":\"nls\",\"claim\":\"hyperviscosity on the NLS bore is not enough\"}"));
    assertThat(bank.importRecords(records, "seed", ImportOptions.defaults()).committed()).isTrue();
    ConsultationLedger ledger = bank.consultations();

    Consultation k = ledger.open("T_P", "hyperviscosity on the bore cascade", "bkdv", 700);

    assertThat(k.entryIds()).isEqualTo(shownIds(k)).hasSize(6).contains("kb-visc", "kb-other");
    assertThat(k.surfaced()).filteredOn(e -> e.form() == SurfacedEntry.Form.LISTED).hasSize(3);
    assertThat(k.memory().text()).containsOnlyOnce("same program: ");
    assertThat(k.memory().tokens()).isLessThanOrEqualTo(700);
    ledger.decide(k.id(), "kb-visc", Decision.ADOPT, "the fix");
    assertThatThrownBy(() -> ledger.propose(k.id(), null, "linear viscosity", false))
        .isInstanceOf(UndecidedEntriesException.class);

    Consultation only = ledger.open("T_P", "hyperviscosity on the bore cascade", "bkdv", true, 700);
    assertThat(only.entryIds()).containsExactly("kb-visc");
    assertThatThrownBy(() -> ledger.open("T_P", "x", null, true, 700))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a domain");
  }
}
