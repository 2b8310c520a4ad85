package org.negativeknowledge.bank;

import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.CurationOrigin;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.bank.entry.Occurrence;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.search.SearchFilters;
import org.negativeknowledge.bank.search.SearchHit;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.record.NkJson;

/**
 * Deduplication by failure signature ({@link Bank#importCurated}), run on every store: SQLite
 * ({@code SqliteSignatureDedupTest}) and PostgreSQL ({@code PostgresSignatureDedupTest}).
 */
public abstract class SignatureDedupContractTest {

  private static final String KEY = "KeyError: 'price_usd'";

  @TempDir protected Path tmp;

  private final List<Bank> opened = new ArrayList<>();

  /** A URL of a new, empty bank; each call a different one. */
  protected abstract String newBankUrl();

  private Bank freshBank() {
    Bank b =
        Bank.open(
            newBankUrl(),
            OpenOptions.defaults()
                .withAuthor("tester")
                .withIndexDirectory(tmp.resolve("index-" + UUID.randomUUID())));
    opened.add(b);
    return b;
  }

  @AfterEach
  void closeBanks() {
    for (Bank b : opened) {
      b.close();
    }
  }

  private static ObjectNode record(String task, String observation) {
    return NkJson.parseObject(
        "{\"task_id\":\"" + task + "\","
            + "\"attempted_route\":\"pandas groupby on the price_usd column of the sales table\","
            + "\"observation\":\"" + observation + "\","
            + "\"failure\":{\"layer\":\"implementation_failure\",\"scope\":\"local_failure\","
            + "\"degree\":\"unsupported\",\"recommended_action\":\"fix_and_retry\",\"risk\":\"low\"}}");
  }

  private static ImportOptions from(String source, String hash) {
    return ImportOptions.defaults().withSource(source).withAuthor("nk-curator").withInputHashes(Map.of("exec_log", hash));
  }

  private static BankEntry only(Bank bank) {
    List<SearchHit> hits = bank.search(SearchQuery.all()).hits();
    assertThat(hits).hasSize(1);
    return bank.get(hits.get(0).entry().id()).orElseThrow();
  }

  @Test
  void aCuratedEntryCarriesItsSignatureKeyAndCurator() {
    Bank bank = freshBank();
    ImportReport r = bank.importCurated(List.of(record("t1", "KeyError price_usd")), "run1", from("run1", "aa"),
        CurationOrigin.offline(KEY));
    assertThat(r.imported()).isEqualTo(1);
    assertThat(r.deduplicated()).isZero();
    BankEntry e = only(bank);
    assertThat(e.signatureKey()).isEqualTo(KEY);
    assertThat(e.provenance().curator()).isEqualTo("offline");
    assertThat(e.occurrences()).isEqualTo(1);
    assertThat(bank.occurrences(e.id())).isEmpty();
  }

  @Test
  void theSameSignatureAndTaskCountsAnOccurrenceInsteadOfANearCopy() {
    Bank bank = freshBank();
    bank.importCurated(List.of(record("t1", "KeyError price_usd in round 1")), "run1", from("run1", "aa"),
        CurationOrigin.offline(KEY));
    ImportReport second = bank.importCurated(List.of(record("t1", "KeyError price_usd in round 7")), "run7",
        from("run7", "bb"), CurationOrigin.offline(KEY));

    assertThat(second.imported()).isZero();
    assertThat(second.deduplicated()).isEqualTo(1);
    assertThat(second.summary()).contains("deduplicated 1");
    assertThat(bank.size()).isEqualTo(1);
    BankEntry e = only(bank);
    assertThat(e.occurrences()).isEqualTo(2);
    assertThat(e.original().path("observation").asText()).endsWith("round 1");
    List<Occurrence> occ = bank.occurrences(e.id());
    assertThat(occ).hasSize(1);
    assertThat(occ.get(0).number()).isEqualTo(2);
    assertThat(occ.get(0).source()).isEqualTo("run7");
    assertThat(occ.get(0).author()).isEqualTo("nk-curator");
    assertThat(occ.get(0).curator()).isEqualTo("offline");
    assertThat(occ.get(0).signatureKey()).isEqualTo(KEY);
    assertThat(occ.get(0).inputHashes()).containsEntry("exec_log", "bb");
  }

  @Test
  void identicalContentArrivingAgainIsAnotherOccurrenceNotUnchanged() {
    Bank bank = freshBank();
    ObjectNode same = record("t1", "KeyError price_usd");
    bank.importCurated(List.of(same), "run1", from("run1", "aa"), CurationOrigin.offline(KEY));
    ImportReport again = bank.importCurated(List.of(same.deepCopy()), "run2", from("run2", "aa"),
        CurationOrigin.offline(KEY));
    assertThat(again.deduplicated()).isEqualTo(1);
    assertThat(again.unchanged()).isZero();
    assertThat(only(bank).occurrences()).isEqualTo(2);
  }

  @Test
  void anotherTaskOrAnotherKeyIsANewEntry() {
    Bank bank = freshBank();
    bank.importCurated(List.of(record("t1", "a")), "r", from("r", "aa"), CurationOrigin.offline(KEY));
    ImportReport otherTask = bank.importCurated(List.of(record("t2", "b")), "r", from("r", "bb"),
        CurationOrigin.offline(KEY));
    ImportReport otherKey = bank.importCurated(List.of(record("t1", "c")), "r", from("r", "cc"),
        CurationOrigin.offline("ValueError: shapes (<n>,<n>) and (<n>,) not aligned"));
    assertThat(otherTask.imported()).isEqualTo(1);
    assertThat(otherKey.imported()).isEqualTo(1);
    assertThat(bank.size()).isEqualTo(3);
  }

  @Test
  void recordsOfOneImportWithOneSignatureAreOneEntry() {
    Bank bank = freshBank();
    ImportReport r = bank.importCurated(List.of(record("t1", "a"), record("t1", "b"), record("t1", "c")), "batch",
        from("batch", "aa"), CurationOrigin.offline(KEY));
    assertThat(r.imported()).isEqualTo(1);
    assertThat(r.deduplicated()).isEqualTo(2);
    BankEntry e = only(bank);
    assertThat(e.occurrences()).isEqualTo(3);
    assertThat(bank.occurrences(e.id())).extracting(Occurrence::number).containsExactly(2, 3);
  }

  @Test
  void anLlmCurationSupersedesTheOfflineOneAsANewRevision() {
    Bank bank = freshBank();
    bank.importCurated(List.of(record("t1", "offline: KeyError price_usd")), "r1", from("r1", "aa"),
        CurationOrigin.offline(KEY));
    bank.importCurated(List.of(record("t1", "offline again")), "r2", from("r2", "bb"), CurationOrigin.offline(KEY));
    String id = only(bank).id();

    ImportReport llm = bank.importCurated(List.of(record("t1", "the sales table names the column price, not price_usd")),
        "r3", from("r3", "cc"), CurationOrigin.llm(KEY));

    assertThat(llm.superseded()).isEqualTo(1);
    assertThat(llm.imported()).isZero();
    assertThat(llm.deduplicated()).isZero();
    assertThat(bank.size()).isEqualTo(1);
    List<BankEntry> history = bank.history(id);
    assertThat(history).hasSize(2);
    assertThat(history.get(0).status()).isEqualTo(EntryStatus.SUPERSEDED);
    assertThat(history.get(0).provenance().curator()).isEqualTo("offline");
    BankEntry current = history.get(1);
    assertThat(current.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(current.reason()).isEqualTo("LLM curation supersedes offline curation");
    assertThat(current.provenance().curator()).isEqualTo("llm");
    assertThat(current.signatureKey()).isEqualTo(KEY);
    assertThat(current.occurrences()).isEqualTo(2);
    assertThat(current.original().path("observation").asText()).startsWith("the sales table");

    ImportReport llmAgain = bank.importCurated(List.of(record("t1", "an LLM curation of a later run")), "r4",
        from("r4", "dd"), CurationOrigin.llm(KEY));
    assertThat(llmAgain.deduplicated()).isEqualTo(1);
    assertThat(bank.history(id)).hasSize(2);
    assertThat(bank.get(id).orElseThrow().occurrences()).isEqualTo(3);
  }

  @Test
  void anOfflineCurationAfterAnLlmOneIsAnOccurrence() {
    Bank bank = freshBank();
    bank.importCurated(List.of(record("t1", "llm")), "r1", from("r1", "aa"), CurationOrigin.llm(KEY));
    ImportReport r = bank.importCurated(List.of(record("t1", "offline")), "r2", from("r2", "bb"),
        CurationOrigin.offline(KEY));
    assertThat(r.deduplicated()).isEqualTo(1);
    assertThat(r.superseded()).isZero();
    assertThat(only(bank).provenance().curator()).isEqualTo("llm");
  }

  @Test
  void searchFiltersOnTheSignatureKeyAndShowsTheCurrentCount() {
    Bank bank = freshBank();
    bank.importCurated(List.of(record("t1", "a")), "r", from("r", "aa"), CurationOrigin.offline(KEY));
    bank.importCurated(List.of(record("t1", "b")), "r", from("r", "bb"), CurationOrigin.offline(KEY));
    bank.importCurated(List.of(record("t1", "c")), "r", from("r", "cc"), CurationOrigin.offline("Timeout"));
    bank.importRecords(List.of(record("t9", "uncurated")), "plain", ImportOptions.defaults());

    List<SearchHit> hits = bank.search(
        SearchQuery.of("price_usd").withFilters(SearchFilters.activeOnly().withSignatureKey(KEY))).hits();
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).entry().signatureKey()).isEqualTo(KEY);
    assertThat(hits.get(0).entry().occurrences()).isEqualTo(2);
    assertThat(hits.get(0).entry().provenance().curator()).isEqualTo("offline");
    assertThat(bank.search(SearchQuery.all()).hits()).hasSize(3);

    bank.reindex();
    assertThat(bank.search(SearchQuery.all().withFilters(SearchFilters.activeOnly().withSignatureKey(KEY)))
        .hits().get(0).entry().occurrences()).isEqualTo(2);
  }

  @Test
  void aPersonsRevisionKeepsTheSignatureAndTheCount() {
    Bank bank = freshBank();
    bank.importCurated(List.of(record("t1", "a")), "r", from("r", "aa"), CurationOrigin.offline(KEY));
    bank.importCurated(List.of(record("t1", "b")), "r", from("r", "bb"), CurationOrigin.offline(KEY));
    BankEntry e = only(bank);
    BankEntry revised = bank.revise(e.id(), record("t1", "corrected by hand"), "clearer observation", "alice");
    assertThat(revised.signatureKey()).isEqualTo(KEY);
    assertThat(revised.occurrences()).isEqualTo(2);
    assertThat(revised.provenance().curator()).isNull();

    // no longer the offline curator's: a model curation now counts instead of overwriting it
    ImportReport llm = bank.importCurated(List.of(record("t1", "llm")), "r", from("r", "cc"), CurationOrigin.llm(KEY));
    assertThat(llm.deduplicated()).isEqualTo(1);
    assertThat(bank.get(e.id()).orElseThrow().original().path("observation").asText()).isEqualTo("corrected by hand");
  }

  @Test
  void plainImportsAreNotDeduplicated() {
    Bank bank = freshBank();
    ImportReport r = bank.importRecords(List.of(record("t1", "a"), record("t1", "b")), "plain", ImportOptions.defaults());
    assertThat(r.imported()).isEqualTo(2);
    assertThat(r.deduplicated()).isZero();
    assertThat(bank.search(SearchQuery.all()).hits())
        .allSatisfy(h -> {
          assertThat(h.entry().signatureKey()).isNull();
          assertThat(h.entry().occurrences()).isEqualTo(1);
        });
  }
}
