package org.negativeknowledge.bank;

import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.BankNotFoundException;
import org.negativeknowledge.bank.entry.EntryNotFoundException;
import org.negativeknowledge.bank.entry.EntryStateException;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.bank.entry.InvalidEntryException;
import org.negativeknowledge.bank.entry.RevisionConflictException;
import org.negativeknowledge.bank.io.ExportOptions;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.search.SearchFilters;
import org.negativeknowledge.bank.search.SearchHit;
import org.negativeknowledge.bank.search.SearchIndexException;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.bank.store.BankLocation;
import org.negativeknowledge.bank.store.Database;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.validation.FieldLimits;

/**
 * What keeps a bank's store and its search index telling the same story, on every store: an index
 * never follows another bank, no row the index cannot take is ever committed, a damaged index can
 * always be rebuilt, stale corrections are refused, and reading a bank never creates one. Run on
 * SQLite ({@code SqliteBankIntegrityTest}) and PostgreSQL ({@code PostgresBankIntegrityTest}).
 */
public abstract class BankIntegrityContractTest {

  @TempDir protected Path tmp;

  private final List<Bank> opened = new ArrayList<>();

  /** A URL of a new, empty bank; each call a different one. */
  protected abstract String newBankUrl();

  /**
   * Drops the store at {@code url} and leaves an empty place there, as restoring or recreating
   * another database at the same URL does.
   */
  protected abstract void dropStore(String url) throws Exception;

  /** A URL where no bank exists (and whose opening for reading must create nothing). */
  protected abstract String missingBankUrl();

  /** Asserts that nothing was created at {@link #missingBankUrl()}. */
  protected abstract void assertNothingCreatedAt(String url) throws Exception;

  protected Bank open(String url, Path indexDirectory) {
    Bank b = Bank.open(url, OpenOptions.defaults().withAuthor("tester").withIndexDirectory(indexDirectory));
    opened.add(b);
    return b;
  }

  @AfterEach
  void closeBanks() {
    for (Bank b : opened) {
      b.close();
    }
  }

  protected static ObjectNode claim(String id, String text) {
    return NkJson.parseObject("{\"id\":\"" + id + "\",\"kind\":\"negative\",\"claim\":\"" + text + "\"}");
  }

  protected static Set<String> indexedIds(Bank bank) {
    Set<String> out = new TreeSet<>();
    for (SearchHit h :
        bank.search(SearchQuery.all().withFilters(SearchFilters.activeOnly().withAnyStatus()).withLimit(1000)).hits()) {
      out.add(h.entry().id() + "#" + h.entry().revision() + ":" + h.entry().status().wireName());
    }
    return out;
  }

  /** What the store holds, in the shape of {@link #indexedIds}. */
  protected static Set<String> storedIds(Bank bank) throws IOException {
    Set<String> out = new TreeSet<>();
    java.io.StringWriter w = new java.io.StringWriter();
    bank.export(w, new ExportOptions(true, true));
    for (String line : w.toString().split("\n")) {
      if (!line.isBlank()) {
        ObjectNode o = NkJson.parseObject(line);
        out.add(o.path("id").asText() + "#" + o.path("revision").asInt() + ":" + o.path("status").asText());
      }
    }
    return out;
  }

  private static ImportReport importOne(Bank bank, ObjectNode... records) {
    return bank.importRecords(List.of(records), "mem", ImportOptions.defaults());
  }

  // ---- an index follows exactly one bank ------------------------------------------------

  @Test
  void aStoreRecreatedAtTheSameUrlIsNotFollowedByTheOldIndex() throws Exception {
    String url = newBankUrl();
    Path index = tmp.resolve("one-index");
    Bank before = open(url, index);
    importOne(before, claim("ghost-1", "a ghostly claim about spectral viscosity"));
    assertThat(indexedIds(before)).containsExactly("ghost-1#1:active");
    before.close();
    opened.remove(before);

    dropStore(url);

    Bank after = open(url, index);
    importOne(after, claim("own-1", "first own claim"), claim("own-2", "second own claim"),
        claim("own-3", "third own claim"));
    assertThat(after.changes().lastSequence()).isGreaterThan(1);
    assertThat(indexedIds(after)).containsExactly("own-1#1:active", "own-2#1:active", "own-3#1:active");
    assertThat(after.search(SearchQuery.of("ghostly spectral")).hits()).isEmpty();
  }

  @Test
  void everyBankHasItsOwnIdKeptAcrossReopening() {
    String url = newBankUrl();
    Bank a = open(url, tmp.resolve("ix-a"));
    String id = a.changes().bankId();
    assertThat(id).isNotBlank();
    a.close();
    opened.remove(a);
    assertThat(open(url, tmp.resolve("ix-a")).changes().bankId()).isEqualTo(id);
    assertThat(open(newBankUrl(), tmp.resolve("ix-b")).changes().bankId()).isNotEqualTo(id);
  }

  // ---- no row the index cannot take -----------------------------------------------------

  @Test
  void aKeyValueLongerThanTheBoundIsRefusedAtImportWithFileAndLine() throws IOException {
    String huge = "x".repeat(40_000);
    String tooLong = "y".repeat(FieldLimits.MAX_KEY_CHARS + 1);
    String atBound = "z".repeat(FieldLimits.MAX_KEY_CHARS);
    Path f = tmp.resolve("long.jsonl");
    Files.writeString(
        f,
        String.join(
                "\n",
                "{\"id\":\"fine\",\"kind\":\"negative\",\"claim\":\"a fine claim\",\"task_id\":\"" + atBound + "\"}",
                "{\"id\":\"" + huge + "\",\"kind\":\"negative\",\"claim\":\"c\"}",
                "{\"id\":\"long-task\",\"kind\":\"negative\",\"claim\":\"c\",\"task_id\":\"" + huge + "\"}",
                "{\"id\":\"long-domain\",\"kind\":\"negative\",\"claim\":\"c\",\"domain\":\"" + tooLong + "\"}",
                "{\"id\":\"long-facet\",\"attempted_route\":\"r\",\"failure\":{\"layer\":\"" + huge + "\"}}")
            + "\n",
        StandardCharsets.UTF_8);
    Bank bank = open(newBankUrl(), tmp.resolve("ix"));

    ImportReport all = bank.importEntries(List.of(f), ImportOptions.defaults());
    assertThat(all.committed()).isFalse();
    assertThat(all.rejected()).isEqualTo(4);
    assertThat(all.rejections().get(0).source()).isEqualTo(f + ":2");
    assertThat(all.rejections().get(0).reason())
        .contains("'id'")
        .contains("40000 characters")
        .contains("at most " + FieldLimits.MAX_KEY_CHARS)
        .hasSizeLessThan(1000);
    assertThat(all.rejections().get(1).reason()).contains("'task_id'");
    assertThat(all.rejections().get(2).reason()).contains("'domain'");
    assertThat(all.rejections().get(3).reason()).contains("'failure.layer'");
    assertThat(bank.size()).isZero();

    ImportReport skipping = bank.importEntries(List.of(f), ImportOptions.defaults().withSkipInvalid(true));
    assertThat(skipping.imported()).isEqualTo(1);
    assertThat(skipping.rejected()).isEqualTo(4);
    assertThat(indexedIds(bank)).containsExactly("fine#1:active");
    assertThat(bank.search(SearchQuery.of("fine claim")).hits()).hasSize(1);
    bank.reindex();
    assertThat(bank.retract("fine", "test", null).status()).isEqualTo(EntryStatus.RETRACTED);

    assertThat(
            bank.importRecords(
                    List.of(claim("tagged", "c")), "mem", ImportOptions.defaults().withDomain(tooLong))
                .rejections())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("'domain'"));
  }

  @Test
  void aCorrectionWithATooLongKeyValueIsRefusedAndNothingIsStored() {
    Bank bank = open(newBankUrl(), tmp.resolve("ix"));
    importOne(bank, claim("k1", "short claim"));
    ObjectNode corrected = claim("k1", "corrected claim");
    corrected.put("task_id", "t".repeat(40_000));
    assertThatThrownBy(() -> bank.revise("k1", corrected, "longer task", null))
        .isInstanceOf(InvalidEntryException.class)
        .hasMessageContaining("'task_id'")
        .hasMessageContaining("at most " + FieldLimits.MAX_KEY_CHARS);
    assertThat(bank.history("k1")).hasSize(1);
    assertThat(indexedIds(bank)).containsExactly("k1#1:active");
  }

  @Test
  void aStoredRowWithAnImmenseKeyValueIsStillIndexedSearchedFilteredAndRetracted() throws Exception {
    // A bank written before the bound: a row holds values longer than an index term may be.
    String url = newBankUrl();
    Bank bank = open(url, tmp.resolve("ix"));
    importOne(bank, claim("other", "another claim"));
    String longId = "old-" + "i".repeat(40_000);
    String longTask = "task-" + "t".repeat(40_000);
    String longFacet = "f".repeat(40_000);
    ObjectNode original = claim(longId, "an old claim about immense values");
    original.put("task_id", longTask);
    original.putObject("failure").put("layer", longFacet);
    try (Database db = Database.connect(BankLocation.parse(url), Duration.ofSeconds(10))) {
      db.inWriteTransaction(
          c -> {
            try (var up = c.createStatement()) {
              up.executeUpdate("UPDATE change_sequence SET value = value + 1 WHERE id = 1");
            }
            try (var ps =
                c.prepareStatement(
                    "INSERT INTO entries (id, revision, sequence, ordinal, content_hash, shape, depth, polarity,"
                        + " polarity_rule, domain, task_id, facet_layer, status, source, author, created_at,"
                        + " input_hashes, warnings, original)"
                        + " SELECT ?, 1, s.value, s.value, 'h', shape, depth, polarity, polarity_rule, ?, ?, ?,"
                        + " status, source, author, created_at, input_hashes, warnings, ?"
                        + " FROM entries, change_sequence s WHERE entries.id = 'other' AND s.id = 1")) {
              ps.setString(1, longId);
              ps.setString(2, longTask);
              ps.setString(3, longTask);
              ps.setString(4, longFacet);
              ps.setString(5, NkJson.compact(original));
              return ps.executeUpdate();
            }
          });
    }
    // the index catches up with the row, then is rebuilt with it
    assertThat(hitIds(bank.search(SearchQuery.of("immense values")))).containsExactly(abbreviated(longId));
    bank.reindex();
    assertThat(hitIds(bank.search(SearchQuery.of("immense values")
            .withFilters(SearchFilters.activeOnly().withTaskId(longTask).withDomain(longTask)
                .withFacet(org.negativeknowledge.taxonomy.Facet.LAYER, longFacet)))))
        .containsExactly(abbreviated(longId));
    assertThat(hitIds(bank.search(SearchQuery.all().withFilters(SearchFilters.activeOnly().withTaskId(longTask + "x")))))
        .isEmpty();
    assertThat(bank.retract(longId, "bounded now", null).status()).isEqualTo(EntryStatus.RETRACTED);
    assertThat(hitIds(bank.search(SearchQuery.of("immense values")))).isEmpty();
    assertThat(indexedIds(bank)).isEqualTo(storedIds(bank));
    assertThat(bank.consultations().open("T", "immense values", null, 800).surfaced()).isEmpty();
  }

  private static String abbreviated(String id) {
    return id.length() > 40 ? id.substring(0, 40) + "...(" + id.length() + ")" : id;
  }

  private static List<String> hitIds(org.negativeknowledge.bank.search.SearchResults r) {
    return r.hits().stream().map(h -> abbreviated(h.entry().id())).toList();
  }

  // ---- a damaged index can always be rebuilt ---------------------------------------------

  @Test
  void reindexRebuildsAnIndexWithATruncatedSegmentFile() throws IOException {
    damagedIndexIsRebuiltByReindex(
        index -> {
          Path biggest = luceneFiles(index).filter(p -> !p.getFileName().toString().startsWith("segments"))
              .max(Comparator.comparingLong(BankIntegrityContractTest::size)).orElseThrow();
          byte[] bytes = Files.readAllBytes(biggest);
          Files.write(biggest, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        });
  }

  @Test
  void reindexRebuildsAnIndexWithGarbageInItsSegmentsFile() throws IOException {
    damagedIndexIsRebuiltByReindex(
        index -> {
          Path segments = luceneFiles(index).filter(p -> p.getFileName().toString().startsWith("segments_"))
              .findFirst().orElseThrow();
          Files.writeString(segments, "this is not a segments file, it is garbage ".repeat(20));
        });
  }

  private interface Damage {
    void apply(Path index) throws IOException;
  }

  private void damagedIndexIsRebuiltByReindex(Damage damage) throws IOException {
    String url = newBankUrl();
    Path index = tmp.resolve("damaged");
    Bank first = open(url, index);
    for (int i = 0; i < 5; i++) {
      importOne(first, claim("d" + i, "claim number " + i + " about damaged indexes"));
    }
    first.close();
    opened.remove(first);
    damage.apply(index);

    Bank bank = open(url, index);
    assertThatThrownBy(() -> bank.search(SearchQuery.of("damaged")))
        .isInstanceOf(SearchIndexException.class)
        .hasMessageContaining("rebuild it from the bank with a reindex");
    bank.reindex();
    assertThat(bank.search(SearchQuery.of("damaged indexes")).totalMatches()).isEqualTo(5);
    assertThat(indexedIds(bank)).isEqualTo(storedIds(bank));
    Bank again = open(url, index);
    assertThat(again.search(SearchQuery.of("damaged indexes")).totalMatches()).isEqualTo(5);
  }

  private static Stream<Path> luceneFiles(Path index) throws IOException {
    try (Stream<Path> s = Files.list(index)) {
      return s.filter(p -> !p.getFileName().toString().equals("write.lock")).toList().stream();
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ---- stale corrections ----------------------------------------------------------------

  @Test
  void aCorrectionBasedOnAStaleRevisionIsRefusedWithBothRevisions() {
    Bank bank = open(newBankUrl(), tmp.resolve("ix"));
    importOne(bank, claim("k1", "first text"));
    BankEntry second = bank.revise("k1", claim("k1", "second text"), "first reader", null, 1);
    assertThat(second.revision()).isEqualTo(2);
    assertThatThrownBy(() -> bank.revise("k1", claim("k1", "third text"), "second reader", null, 1))
        .isInstanceOfSatisfying(
            RevisionConflictException.class,
            e -> {
              assertThat(e.entryId()).isEqualTo("k1");
              assertThat(e.expectedRevision()).isEqualTo(1);
              assertThat(e.actualRevision()).isEqualTo(2);
            })
        .isInstanceOf(EntryStateException.class)
        .hasMessageContaining("'k1'")
        .hasMessageContaining("revision 2")
        .hasMessageContaining("based on revision 1");
    assertThat(bank.get("k1").orElseThrow().original().path("claim").asText()).isEqualTo("second text");
    assertThat(bank.revise("k1", claim("k1", "third text"), "merged", null, 2).revision()).isEqualTo(3);
    assertThat(bank.revise("k1", claim("k1", "fourth text"), "no expectation", null).revision()).isEqualTo(4);
    assertThatThrownBy(() -> bank.revise("nope", claim("nope", "x"), "r", null, 1))
        .isInstanceOf(EntryNotFoundException.class);
  }

  // ---- reading never creates a bank -----------------------------------------------------

  @Test
  void openingAMissingBankToReadFailsAndCreatesNothing() throws Exception {
    String url = missingBankUrl();
    assertThatThrownBy(() -> Bank.openExisting(url))
        .isInstanceOf(BankNotFoundException.class)
        .hasMessageContaining("no bank at ")
        .hasMessageStartingWith("no bank at ");
    assertNothingCreatedAt(url);
    Bank.open(url, OpenOptions.defaults().withIndexDirectory(tmp.resolve("ix"))).close();
    Bank.openExisting(url, OpenOptions.defaults().withIndexDirectory(tmp.resolve("ix"))).close();
  }
}
