package org.negativeknowledge.bank;

import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.BankStats;
import org.negativeknowledge.bank.entry.EntryNotFoundException;
import org.negativeknowledge.bank.entry.EntryStateException;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.bank.entry.SchemaVersionException;
import org.negativeknowledge.bank.io.ExportOptions;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.io.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.bank.search.SearchResults;
import org.negativeknowledge.bank.store.BankLocation;
import org.negativeknowledge.bank.store.Database;
import org.negativeknowledge.bank.store.Migrations;
import org.negativeknowledge.bank.entry.CurationOrigin;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.record.Polarity;
import org.negativeknowledge.record.PolarityInference;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.taxonomy.Facet;
import org.negativeknowledge.testing.PaperData;

/**
 * The one contract every bank store must keep, run against SQLite ({@code SqliteBankTest}) and
 * PostgreSQL ({@code PostgresBankTest}, with {@link PostgresSchemas}). Subclasses say how to make a fresh, empty bank URL.
 * Lives in the test-jar so other modules can run it too.
 */
public abstract class BankContractTest {

  @TempDir protected Path tmp;

  private final List<Bank> opened = new ArrayList<>();

  /** A URL of a new, empty bank; each call a different one. */
  protected abstract String newBankUrl();

  /** Opens a fresh bank with its index in the test's temporary folder. */
  protected Bank freshBank() {
    return open(newBankUrl());
  }

  protected Bank open(String url) {
    Bank b =
        Bank.open(
            url,
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

  // ---- helpers --------------------------------------------------------------------------

  protected Path write(String name, String... lines) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  protected static String negative(String task, String layer) {
    return "{\"task_id\":\""
        + task
        + "\",\"attempted_route\":\"sklearn LogisticRegression(C=1.0)\",\"observation\":\"AUC 0.51\","
        + "\"failure\":{\"layer\":\""
        + layer
        + "\",\"scope\":\"local_failure\",\"degree\":\"contradicted\",\"recommended_action\":\"change_method\","
        + "\"risk\":\"low_risk_omission\"},\"rationale\":\"linear model on nonlinear data\","
        + "\"recommended_alternative\":\"GradientBoostingClassifier(n_estimators=300)\"}";
  }

  protected static List<JsonNode> jsonLines(String text) {
    List<JsonNode> out = new ArrayList<>();
    for (String l : text.split("\n")) {
      if (!l.isBlank()) {
        out.add(NkJson.parseObject(l));
      }
    }
    return out;
  }

  protected static List<JsonNode> jsonLines(Path file) throws IOException {
    return jsonLines(Files.readString(file, StandardCharsets.UTF_8));
  }

  protected static String export(Bank bank, ExportOptions options) throws IOException {
    StringWriter w = new StringWriter();
    bank.export(w, options);
    return w.toString();
  }

  @Test
  void aReportNamesTheEntriesItsRecordsBecameOrMatchedInInputOrder() {
    Bank bank = freshBank();
    ObjectNode a = NkJson.parseObject(negative("T1", "method_failure"));
    ObjectNode b = NkJson.parseObject("{\"id\":\"kb-b\",\"kind\":\"positive\",\"claim\":\"works\"}");
    ImportReport first = bank.importRecords(List.of(a, b), "mem", ImportOptions.defaults());
    assertThat(first.entryIds()).hasSize(2).endsWith("kb-b");
    String aId = first.entryIds().get(0);
    assertThat(bank.get(aId).orElseThrow().original()).isEqualTo(a);
    ImportReport again = bank.importRecords(List.of(b, a), "mem", ImportOptions.defaults());
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(again.entryIds()).containsExactly("kb-b", aId);
    ObjectNode c = NkJson.parseObject(negative("T9", "method_failure"));
    ObjectNode sameFailure = c.deepCopy().put("observation", "AUC 0.50 again");
    CurationOrigin origin = CurationOrigin.offline("KeyError: 'x'");
    ImportReport curated = bank.importCurated(List.of(c), "c1", ImportOptions.defaults(), origin);
    assertThat(curated.imported()).isEqualTo(1);
    ImportReport counted = bank.importCurated(List.of(sameFailure), "c2", ImportOptions.defaults(), origin);
    assertThat(counted.deduplicated()).isEqualTo(1);
    assertThat(counted.entryIds()).containsExactlyElementsOf(curated.entryIds());
  }

  @Test
  void searchCanKeepOnlyTheEntriesOfOneKindOfCurator() {
    Bank bank = freshBank();
    bank.importRecords(List.of(NkJson.parseObject(negative("T1", "method_failure"))), "plain", ImportOptions.defaults());
    bank.importCurated(List.of(NkJson.parseObject(negative("T2", "implementation_failure"))), "c", ImportOptions.defaults(),
        CurationOrigin.offline("KeyError: 'x'"));
    var all = bank.search(org.negativeknowledge.bank.search.SearchQuery.of("LogisticRegression"));
    assertThat(all.hits()).hasSize(2);
    var offline = bank.search(org.negativeknowledge.bank.search.SearchQuery.of("LogisticRegression").withFilters(
        org.negativeknowledge.bank.search.SearchFilters.activeOnly().withCurator(CurationOrigin.OFFLINE)));
    assertThat(offline.hits()).singleElement().satisfies(h -> assertThat(h.entry().taskId()).isEqualTo("T2"));
    assertThat(bank.search(org.negativeknowledge.bank.search.SearchQuery.of("LogisticRegression").withFilters(
        org.negativeknowledge.bank.search.SearchFilters.activeOnly().withCurator(CurationOrigin.LLM))).hits()).isEmpty();
  }

  // ---- the paper's data -----------------------------------------------------------------

  @Test
  void everyPaperBankFileImportsWithNothingLostAndExportsJsonEqual() throws IOException {
    List<Path> files = new ArrayList<>(PaperData.files(PaperData.resolve("section4/banks"), ".jsonl"));
    files.addAll(PaperData.files(PaperData.resolve("appendix/bank"), ".jsonl"));
    assertThat(files).hasSize(9);
    for (Path f : files) {
      Bank bank = freshBank();
      List<JsonNode> objects = jsonLines(f);
      ImportReport report = bank.importEntries(List.of(f), ImportOptions.defaults());
      assertThat(report.rejections()).as(f.toString()).isEmpty();
      assertThat(report.imported()).as(f.toString()).isEqualTo(objects.size());
      assertThat(bank.size()).isEqualTo(objects.size());
      assertThat(jsonLines(export(bank, ExportOptions.activeOriginals())))
          .as("export of " + f)
          .isEqualTo(objects);
    }
  }

  @Test
  void allPaperBanksAndRecordFoldersImportIntoOneBank() throws IOException {
    Path root = PaperData.root();
    // the bank files (bank_index.json beside them describes the banks; it is not a record)
    List<Path> inputs = new ArrayList<>(PaperData.files(root.resolve("section4/banks"), ".jsonl"));
    inputs.addAll(PaperData.files(root.resolve("appendix/bank"), ".jsonl"));
    inputs.add(root.resolve("section3/nk_records"));
    inputs.add(root.resolve("section4/nk_records"));
    Set<String> distinct = new HashSet<>();
    int total = 0;
    for (Path in : inputs) {
      for (Path f : PaperData.files(in, ".jsonl")) {
        for (JsonNode n : jsonLines(f)) {
          distinct.add(org.negativeknowledge.bank.internal.CanonicalJson.of(n));
          total++;
        }
      }
      for (Path f : PaperData.files(in, ".json")) {
        distinct.add(org.negativeknowledge.bank.internal.CanonicalJson.of(NkJson.parseObject(Files.readString(f))));
        total++;
      }
    }
    Bank bank = freshBank();
    ImportReport report =
        bank.importEntries(inputs, ImportOptions.defaults().withSource("paper"));
    assertThat(report.rejections()).isEmpty();
    assertThat(report.imported() + report.unchanged()).isEqualTo(total);
    assertThat(report.imported()).isEqualTo(distinct.size());
    assertThat(bank.size()).isEqualTo(distinct.size());
    // the record folders: one entry per file
    assertThat(PaperData.files(root.resolve("section3/nk_records"), ".json")).hasSize(42);

    ImportReport again = bank.importEntries(inputs, ImportOptions.defaults());
    assertThat(again.imported()).isZero();
    assertThat(again.unchanged()).isEqualTo(total);
  }

  @Test
  void paperPositiveEntriesAreKnowledgeWithInferredPolarity() throws IOException {
    Bank bank = freshBank();
    Path positives = PaperData.resolve("section4/banks/bank_positive.jsonl");
    bank.importEntries(List.of(positives), ImportOptions.defaults().withDomain("bkdv"));
    List<JsonNode> lines = jsonLines(positives);
    String id =
        org.negativeknowledge.bank.internal.CanonicalJson.derivedId(
            org.negativeknowledge.bank.internal.CanonicalJson.sha256(lines.get(0)));
    BankEntry e = bank.get(id).orElseThrow();
    assertThat(e.polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(e.polarityRule()).isEqualTo(PolarityInference.EMPTY_FAILURE);
    assertThat(e.domain()).isEqualTo("bkdv");
    assertThat(e.taskId()).isEqualTo(lines.get(0).get("task_id").asText());
    assertThat(e.original()).isEqualTo(lines.get(0));
    assertThat(e.provenance().author()).isEqualTo("tester");
    assertThat(e.provenance().sourceFile()).endsWith("bank_positive.jsonl");

    Bank legacy = freshBank();
    legacy.importEntries(
        List.of(PaperData.resolve("appendix/bank/bkdv_negative.jsonl")), ImportOptions.defaults());
    BankStats stats = legacy.stats();
    assertThat(stats.byPolarity()).containsEntry("negative", 20L);
    assertThat(stats.byDomain().keySet()).doesNotContain("(none)");
    assertThat(stats.byShape()).containsEntry("knowledge", 20L);
  }

  @Test
  void searchFindsTheBoreDissipationDeepRecord() throws IOException {
    Bank bank = freshBank();
    bank.importEntries(List.of(PaperData.resolve("section4/nk_records")), ImportOptions.defaults());
    SearchResults results = bank.search(SearchQuery.of("bore dissipation"));
    assertThat(results.hits()).isNotEmpty();
    assertThat(results.hits().get(0).entry().taskId()).contains("BKdV-S6");
  }

  // ---- ids, duplicates, round trip ------------------------------------------------------

  @Test
  void exportImportExportIsByteIdentical() throws IOException {
    Bank first = freshBank();
    Path f =
        write(
            "mixed.jsonl",
            negative("t1", "method_failure"),
            "{\"id\":\"k-1\",\"kind\":\"positive\",\"domain\":\"nls\",\"claim\":\"split-step Fourier is stable\"}",
            "{\"id\":\"k-2\",\"claim\":\"exact numbers\",\"x\":1.50,\"y\":1e-7,\"u\":\"é ✓\"}",
            "{\"task_id\":\"t2\",\"depth\":2,\"rounds_summary\":[{\"round\":1,\"attempted_route\":\"a\",\"observation\":\"b\"},{\"round\":2,\"attempted_route\":\"c\",\"observation\":\"d\"}],"
                + "\"ruled_out_routes\":[\"a\",\"c\"],\"synthesised_diagnosis\":\"e\",\"failure\":{},\"rationale\":\"r\",\"recommended_alternative\":\"z\"}");
    first.importEntries(List.of(f), ImportOptions.defaults());
    first.revise("k-1", NkJson.parseObject("{\"id\":\"k-1\",\"kind\":\"positive\",\"claim\":\"fixed\"}"), "typo", null);
    String exported = export(first, ExportOptions.activeOriginals());
    Path file = tmp.resolve("export.jsonl");
    Files.writeString(file, exported);
    Bank second = freshBank();
    ImportReport r = second.importEntries(List.of(file), ImportOptions.defaults());
    assertThat(r.imported()).isEqualTo(4);
    assertThat(export(second, ExportOptions.activeOriginals())).isEqualTo(exported);
    assertThat(exported).contains("1.50").contains("é ✓");
  }

  @Test
  void sameContentIsNeverStoredTwiceEvenWithKeysReordered() throws IOException {
    Bank bank = freshBank();
    ObjectNode a = NkJson.parseObject(negative("t1", "method_failure"));
    ObjectNode reordered = NkJson.mapper().createObjectNode();
    List<String> names = new ArrayList<>();
    a.fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names);
    for (String n : names) {
      reordered.set(n, a.get(n));
    }
    ImportReport r1 = bank.importRecords(List.of(a), "mem", ImportOptions.defaults());
    ImportReport r2 = bank.importRecords(List.of(reordered, a), "mem", ImportOptions.defaults());
    assertThat(r1.imported()).isEqualTo(1);
    assertThat(r2.imported()).isZero();
    assertThat(r2.unchanged()).isEqualTo(2);
    assertThat(bank.size()).isEqualTo(1);
    assertThat(export(bank, ExportOptions.activeOriginals()).trim()).isEqualTo(NkJson.compact(a));
  }

  @Test
  void sameIdWithOtherContentIsRejectedWithARevisionHint() throws IOException {
    Bank bank = freshBank();
    Path f1 = write("a.jsonl", "{\"id\":\"e1\",\"kind\":\"negative\",\"claim\":\"one\"}");
    Path f2 =
        write(
            "b.jsonl",
            "{\"id\":\"e2\",\"kind\":\"negative\",\"claim\":\"two\"}",
            "{\"id\":\"e1\",\"kind\":\"negative\",\"claim\":\"changed\"}");
    bank.importEntries(List.of(f1), ImportOptions.defaults());
    ImportReport r = bank.importEntries(List.of(f2), ImportOptions.defaults());
    assertThat(r.committed()).isFalse();
    assertThat(r.rejections()).singleElement().satisfies(rej -> {
      assertThat(rej.source()).isEqualTo(f2 + ":2");
      assertThat(rej.reason()).contains("'e1'").contains("correct it as a revision");
    });
    assertThat(bank.get("e2")).isEmpty();
    assertThat(bank.get("e1").orElseThrow().original().get("claim").asText()).isEqualTo("one");
  }

  // ---- all-or-nothing vs skip-invalid ---------------------------------------------------

  @Test
  void anInvalidLineStopsTheWholeImportUnlessSkipInvalid() throws IOException {
    Path f =
        write(
            "batch.jsonl",
            negative("t1", "method_failure"),
            "{\"task_id\": \"t2\", \"observation\": oops}",
            "",
            "[1,2]",
            "{\"foo\":1}",
            "{\"id\":7,\"claim\":\"x\"}",
            "{\"claim\":\"y\",\"failure\":\"layer\"}",
            negative("t3", "implementation_failure"));
    Bank bank = freshBank();
    ImportReport strict = bank.importEntries(List.of(f), ImportOptions.defaults());
    assertThat(strict.committed()).isFalse();
    assertThat(strict.rejected()).isEqualTo(5);
    assertThat(bank.size()).isZero();
    assertThat(strict.rejections())
        .extracting(Rejection::source)
        .containsExactly(f + ":2", f + ":4", f + ":5", f + ":6", f + ":7");
    assertThat(strict.rejections()).extracting(Rejection::code)
        .containsExactly("malformed_json", "wrong_type", Rejection.NOT_A_RECORD, Rejection.INVALID_ENTRY,
            Rejection.INVALID_ENTRY);
    assertThat(strict.rejections().get(0).reason()).startsWith("line 2, column ");
    assertThat(strict.rejections().get(1).reason()).contains("a record must be a JSON object, found array");
    assertThat(strict.rejections().get(2).reason()).contains("not an NK record");
    assertThat(strict.rejections().get(3).reason()).contains("'id' must be a non-blank string");
    assertThat(strict.rejections().get(4).reason()).contains("'failure' must be an object");

    ImportReport lenient = bank.importEntries(List.of(f), ImportOptions.defaults().withSkipInvalid(true));
    assertThat(lenient.committed()).isTrue();
    assertThat(lenient.imported()).isEqualTo(2);
    assertThat(lenient.rejected()).isEqualTo(5);
    assertThat(bank.size()).isEqualTo(2);
  }

  @Test
  void aJsonFileHoldsOneObjectAndFoldersAreRead() throws IOException {
    write("dir/one.json", "{", "  \"id\": \"a\", \"kind\": \"positive\", \"claim\": \"c\"", "}");
    write("dir/sub/many.json", "[", "  {\"id\": \"b\", \"claim\": \"c\"},", "  {\"id\": \"c\", \"claim\": \"d\"}", "]");
    write("dir/sub/lines.jsonl", "{\"id\": \"b\", \"claim\": \"c\"}", "{\"id\": \"c\", \"claim\": \"d\"}");
    write("dir/ignored.txt", "not json");
    write("dir/broken.json", "{\"id\": \"d\",", "  \"claim\": }");
    Bank bank = freshBank();
    ImportReport r =
        bank.importEntries(List.of(tmp.resolve("dir")), ImportOptions.defaults().withSkipInvalid(true));
    assertThat(r.imported()).isEqualTo(3);
    assertThat(r.rejections()).extracting(Rejection::source)
        .containsExactly(tmp.resolve("dir/broken.json") + ":1", tmp.resolve("dir/sub/many.json") + ":1");
    assertThat(r.rejections().get(0).reason()).contains("line 2, column");
    assertThat(r.rejections().get(1).reason()).contains("put several in a .jsonl file");
  }

  @Test
  void domainAndSourceTagsAndFacetsAreStored() throws IOException {
    Bank bank = freshBank();
    ImportReport r =
        bank.importRecords(
            List.of(
                NkJson.parseObject(negative("t1", "method_failure")),
                NkJson.parseObject("{\"id\":\"k\",\"kind\":\"positive\",\"domain\":\"own\",\"claim\":\"c\"}")),
            "mem",
            ImportOptions.defaults().withDomain("tabular").withSource("curator-run-7").withAuthor("ana")
                .withInputHashes(java.util.Map.of("exec.log", "ab12")));
    assertThat(r.imported()).isEqualTo(2);
    BankEntry k = bank.get("k").orElseThrow();
    assertThat(k.domain()).isEqualTo("own");
    assertThat(k.polarityRule()).isEqualTo(PolarityInference.EXPLICIT_KIND);
    assertThat(k.shape()).isEqualTo(RecordShape.KNOWLEDGE);
    BankEntry n = bank.history(idOf(bank, "t1")).get(0);
    assertThat(n.domain()).isEqualTo("tabular");
    assertThat(n.provenance().sourceFile()).isEqualTo("curator-run-7");
    assertThat(n.provenance().author()).isEqualTo("ana");
    assertThat(n.provenance().inputHashes()).containsEntry("exec.log", "ab12");
    assertThat(n.facets()).containsEntry(Facet.LAYER, "method_failure").hasSize(5);
    assertThat(n.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(n.id()).startsWith("nk-").hasSize(19);

    BankStats stats = bank.stats();
    assertThat(stats.byFacet().get(Facet.LAYER)).containsEntry("method_failure", 1L);
    assertThat(stats.byDomain()).containsEntry("tabular", 1L).containsEntry("own", 1L);
    assertThat(stats.byDepth()).containsEntry(1, 2L);
    assertThat(stats.byStatus()).containsEntry(EntryStatus.ACTIVE, 2L);
  }

  private static String idOf(Bank bank, String taskId) throws IOException {
    StringWriter w = new StringWriter();
    bank.export(w, new ExportOptions(true, true));
    for (JsonNode line : jsonLines(w.toString())) {
      if (taskId.equals(line.get("record").path("task_id").asText())) {
        return line.get("id").asText();
      }
    }
    throw new AssertionError("no entry for task " + taskId);
  }

  @Test
  void referenceValidationIssuesAreWarningsNotRejections() {
    Bank bank = freshBank();
    ImportReport r =
        bank.importRecords(
            List.of(
                NkJson.parseObject(negative("t1", "hypothesis_failure")),
                NkJson.parseObject("{\"task_id\":\"t2\",\"attempted_route\":\"\",\"observation\":\"\",\"failure\":{},"
                    + "\"rationale\":\"\",\"recommended_alternative\":\"MUSCL works here\"}")),
            "mem",
            ImportOptions.defaults().withProfile(org.negativeknowledge.taxonomy.TaxonomyProfile.core()));
    assertThat(r.rejected()).isZero();
    assertThat(r.imported()).isEqualTo(2);
    assertThat(r.warnings()).singleElement().asString().contains("2 imported record(s)").contains("profile core");
  }

  // ---- revisions ------------------------------------------------------------------------

  @Test
  void reviseSupersedesAndRetractHidesWithHistoryKeepingReasons() throws IOException {
    Bank bank = freshBank();
    bank.importRecords(
        List.of(NkJson.parseObject("{\"id\":\"sign\",\"kind\":\"negative\",\"claim\":\"dt sign +\"}")),
        "mem",
        ImportOptions.defaults());
    long before = bank.changes().lastSequence();
    BankEntry r2 =
        bank.revise(
            "sign",
            NkJson.parseObject("{\"id\":\"sign\",\"kind\":\"negative\",\"claim\":\"dt sign -\"}"),
            "sign convention was wrong",
            "agent-7");
    assertThat(r2.revision()).isEqualTo(2);
    assertThat(r2.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(r2.reason()).isEqualTo("sign convention was wrong");
    assertThat(r2.provenance().author()).isEqualTo("agent-7");
    assertThat(bank.get("sign").orElseThrow().original().get("claim").asText()).isEqualTo("dt sign -");

    List<BankEntry> changed = new ArrayList<>();
    bank.changes().forEachChangeSince(before, changed::add);
    assertThat(changed).extracting(BankEntry::revision, BankEntry::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, EntryStatus.SUPERSEDED),
            org.assertj.core.groups.Tuple.tuple(2, EntryStatus.ACTIVE));
    assertThat(changed.get(0).sequence()).isLessThan(changed.get(1).sequence());

    // the old content re-imported is known: unchanged, not a conflict
    ImportReport again =
        bank.importRecords(
            List.of(NkJson.parseObject("{\"id\":\"sign\",\"kind\":\"negative\",\"claim\":\"dt sign +\"}")),
            "mem",
            ImportOptions.defaults());
    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(again.rejected()).isZero();

    assertThatThrownBy(() -> bank.revise("sign", r2.original(), "same", null))
        .isInstanceOf(EntryStateException.class).hasMessageContaining("identical");
    assertThatThrownBy(() -> bank.revise("nope", NkJson.parseObject("{\"id\":\"nope\",\"claim\":\"c\"}"), "x", null))
        .isInstanceOf(EntryNotFoundException.class).hasMessageContaining("'nope'");
    assertThatThrownBy(() -> bank.revise("sign", NkJson.parseObject("{\"id\":\"other\",\"claim\":\"c\"}"), "x", null))
        .isInstanceOf(EntryStateException.class).hasMessageContaining("keep the id");

    BankEntry r3 = bank.retract("sign", "superseded by a better study", null);
    assertThat(r3.status()).isEqualTo(EntryStatus.RETRACTED);
    assertThat(bank.size()).isZero();
    assertThat(export(bank, ExportOptions.activeOriginals())).isEmpty();
    assertThat(jsonLines(export(bank, new ExportOptions(true, false)))).hasSize(3);
    assertThatThrownBy(() -> bank.retract("sign", "again", null))
        .isInstanceOf(EntryStateException.class).hasMessageContaining("already retracted");

    List<BankEntry> history = bank.history("sign");
    assertThat(history).extracting(BankEntry::revision).containsExactly(1, 2, 3);
    assertThat(history).extracting(BankEntry::status)
        .containsExactly(EntryStatus.SUPERSEDED, EntryStatus.SUPERSEDED, EntryStatus.RETRACTED);
    assertThat(history).extracting(BankEntry::reason)
        .containsExactly(null, "sign convention was wrong", "superseded by a better study");
    assertThat(bank.stats().byStatus())
        .containsEntry(EntryStatus.SUPERSEDED, 2L).containsEntry(EntryStatus.RETRACTED, 1L);
  }

  @Test
  void exportWithMetaWrapsTheOriginal() throws IOException {
    Bank bank = freshBank();
    ObjectNode rec = NkJson.parseObject(negative("t9", "implementation_failure"));
    bank.importRecords(List.of(rec), "mem", ImportOptions.defaults().withDomain("chem"));
    JsonNode line = jsonLines(export(bank, new ExportOptions(false, true))).get(0);
    assertThat(line.get("record")).isEqualTo(rec);
    assertThat(line.get("revision").asInt()).isEqualTo(1);
    assertThat(line.get("status").asText()).isEqualTo("active");
    assertThat(line.get("polarity").asText()).isEqualTo("negative");
    assertThat(line.get("polarity_rule").asText()).isEqualTo(PolarityInference.NON_EMPTY_FAILURE);
    assertThat(line.get("domain").asText()).isEqualTo("chem");
    assertThat(line.get("provenance").get("author").asText()).isEqualTo("tester");
    assertThat(line.get("provenance").get("source").asText()).isEqualTo("mem");
    assertThat(line.get("id").asText()).startsWith("nk-");
  }

  // ---- schema versions ------------------------------------------------------------------

  @Test
  void aBankFromANewerVersionIsRefusedWithBothVersions() {
    String url = newBankUrl();
    open(url).close();
    opened.clear();
    try (Database db = Database.connect(BankLocation.parse(url), java.time.Duration.ofSeconds(5))) {
      db.inWriteTransaction(
          c -> {
            try (var ps = c.prepareStatement(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, 'future', 'x')")) {
              ps.setInt(1, Migrations.latestVersion() + 7);
              return ps.executeUpdate();
            }
          });
    }
    int newer = Migrations.latestVersion() + 7;
    assertThatThrownBy(() -> open(url))
        .isInstanceOf(SchemaVersionException.class)
        .hasMessageContaining("schema version " + newer)
        .hasMessageContaining("supports up to version " + Migrations.latestVersion());
  }

  @Test
  void reopeningKeepsEntriesAndTheSchema() throws IOException {
    String url = newBankUrl();
    Bank b = open(url);
    b.importRecords(List.of(NkJson.parseObject(negative("t1", "method_failure"))), "mem", ImportOptions.defaults());
    b.close();
    opened.remove(b);
    Bank again = open(url);
    assertThat(again.size()).isEqualTo(1);
    assertThat(again.changes().lastSequence()).isEqualTo(1);
  }
}
