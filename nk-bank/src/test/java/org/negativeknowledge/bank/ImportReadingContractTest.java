package org.negativeknowledge.bank;

import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.io.ExportOptions;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.io.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.ValidationLevel;
import org.negativeknowledge.validation.Validator;
import org.negativeknowledge.validation.stream.RecordResult;
import org.negativeknowledge.validation.stream.RecordSourceException;
import org.negativeknowledge.validation.stream.RecordSourceValidator;
import org.negativeknowledge.validation.stream.SourceSummary;

/**
 * {@code nk validate} and {@code nk bank import} read a file the same way (issues 11 and 12): for
 * each case both see the same records at the same {@code file:line}, and what validate reports as
 * unreadable text import rejects with the same code. Run on every store.
 */
public abstract class ImportReadingContractTest {
  /** A depth-1 record valid at the reference level. */
  protected static final String RECORD =
      "{\"task_id\":\"t1\",\"attempted_route\":\"RK4 dt=1e-3\",\"observation\":\"NaN at t=0.4\","
          + "\"failure\":{\"layer\":\"method_failure\",\"scope\":\"local_failure\",\"degree\":\"unstable\","
          + "\"recommended_action\":\"change_method\",\"risk\":\"medium_risk_drift\"},"
          + "\"rationale\":\"stiff term\",\"recommended_alternative\":\"IMEX with dt=1e-3\"}";

  @TempDir protected Path tmp;
  private final List<Bank> opened = new ArrayList<>();

  /** A URL of a new, empty bank; each call a different one. */
  protected abstract String newBankUrl();

  protected Bank freshBank() {
    Bank b = Bank.open(newBankUrl(), OpenOptions.defaults().withAuthor("tester")
        .withIndexDirectory(tmp.resolve("index-" + UUID.randomUUID())));
    opened.add(b);
    return b;
  }

  @AfterEach
  void closeBanks() {
    opened.forEach(Bank::close);
  }

  protected Path write(String name, byte[] content) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  protected Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  protected static String record(String task) {
    return RECORD.replace("\"t1\"", "\"" + task + "\"");
  }

  /** What nk validate sees: each record's {@code file:line} and its first issue's code, or "valid". */
  protected static Map<String, String> validated(Path... paths) {
    RecordSourceValidator v = RecordSourceValidator.of(
        Validator.of(TaxonomyProfile.exploration(), ValidationLevel.REFERENCE));
    Map<String, String> seen = new LinkedHashMap<>();
    for (Path p : paths) {
      SourceSummary s = v.validatePath(p, r -> seen.put(location(r), r.valid() ? "valid" : r.report().issues().get(0).code()));
      assertThat(s.unreadable()).as("unreadable").isEmpty();
    }
    return seen;
  }

  private static String location(RecordResult r) {
    return r.source().endsWith(".json") ? r.source() + ":1" : r.source();
  }

  /** The rejections of an import: {@code file:line} to code. */
  protected static Map<String, String> rejected(ImportReport report) {
    Map<String, String> seen = new LinkedHashMap<>();
    for (Rejection r : report.rejections()) {
      seen.put(r.source(), r.code());
    }
    return seen;
  }

  private ImportReport importSkipping(Bank bank, Path... paths) {
    return bank.importEntries(List.of(paths), ImportOptions.defaults().withSkipInvalid(true));
  }

  /** Both see exactly {@code expectedInvalid} as the bad records, and {@code good} good ones. */
  private void bothSee(int good, Map<String, String> expectedInvalid, Path... paths) {
    Map<String, String> v = validated(paths);
    Map<String, String> invalid = new LinkedHashMap<>(v);
    invalid.values().removeIf("valid"::equals);
    assertThat(invalid).as("validate").containsExactlyEntriesOf(expectedInvalid);
    assertThat(v.size() - invalid.size()).as("valid records seen by validate").isEqualTo(good);

    Bank bank = freshBank();
    ImportReport r = importSkipping(bank, paths);
    assertThat(rejected(r)).as("import rejections").containsExactlyEntriesOf(expectedInvalid);
    assertThat(r.rejected()).isEqualTo(expectedInvalid.size());
    assertThat(r.imported() + r.unchanged()).as("records stored by import").isEqualTo(good);
    assertThat(bank.size()).isEqualTo(r.imported());
  }

  @Test
  void aTopLevelArrayInAJsonFileIsOneInvalidRecordToBoth() throws IOException {
    Path f = write("array.json", "[" + record("a") + ",\n" + record("b") + "]");
    bothSee(0, Map.of(f + ":1", "wrong_type"), f);
  }

  @Test
  void aJsonFileHoldingTwoObjectsIsOneInvalidRecordToBoth() throws IOException {
    Path f = write("two.json", record("a") + "\n" + record("b") + "\n");
    bothSee(0, Map.of(f + ":1", "malformed_json"), f);
  }

  @Test
  void anEmptyOrBlankJsonFileIsOneInvalidRecordToBoth() throws IOException {
    Path empty = write("empty.json", "");
    Path cr = write("cr.json", "\r");
    Path blank = write("blank.json", " \r\n\t\n");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put(empty + ":1", "malformed_json");
    expected.put(cr + ":1", "malformed_json");
    expected.put(blank + ":1", "malformed_json");
    bothSee(0, expected, empty, cr, blank);
  }

  @Test
  void anEmptyOrCarriageReturnOnlyJsonlFileHoldsNoRecordForBoth() throws IOException {
    bothSee(0, Map.of(), write("empty.jsonl", ""), write("cr.jsonl", "\r\r\r"));
  }

  @Test
  void recordsSeparatedByCarriageReturnsAloneAreOneInvalidLineToBoth() throws IOException {
    Path f = write("mac.jsonl", record("a") + "\r" + record("b") + "\r");
    bothSee(0, Map.of(f + ":1", "malformed_json"), f);
    Path crlf = write("windows.jsonl", record("a") + "\r\n" + record("b") + "\r\n");
    bothSee(2, Map.of(), crlf);
  }

  @Test
  void dotFilesBelowAFolderAreSkippedByBothButANamedOneIsRead() throws IOException {
    write("d/a.jsonl", record("a") + "\n");
    write("d/.hidden.jsonl", record("hidden") + "\n");
    write("d/.git/objects.json", "not json");
    Path named = write("d/.named.jsonl", record("named") + "\n");
    bothSee(1, Map.of(), tmp.resolve("d"));
    bothSee(1, Map.of(), named);
  }

  @Test
  void aKnowledgeEntryHasTheSameShapeAndDepthInBoth() throws IOException {
    Path f = write("k.jsonl",
        "{\"id\":\"k1\",\"kind\":\"positive\",\"domain\":\"pde\",\"claim\":\"IMEX works\"}\n"
            + "{\"id\":\"k2\",\"kind\":\"positive\",\"domain\":\"pde\",\"claim\":\"c\",\"depth\":\"structural\"}\n"
            + "{\"id\":\"k3\",\"kind\":\"negative\",\"domain\":\"pde\",\"claim\":\"c\",\"depth\":3}\n");
    List<RecordResult> results = new ArrayList<>();
    RecordSourceValidator.of(Validator.of(TaxonomyProfile.exploration(), ValidationLevel.REFERENCE))
        .validatePath(f, results::add);
    Bank bank = freshBank();
    bank.importEntries(List.of(f), ImportOptions.defaults());
    for (int i = 0; i < 3; i++) {
      BankEntry e = bank.get("k" + (i + 1)).orElseThrow();
      assertThat(results.get(i).shape()).isEqualTo(e.shape());
      assertThat(results.get(i).depth()).as("depth of k" + (i + 1)).isEqualTo(e.depth());
    }
    assertThat(results).extracting(RecordResult::depth).containsExactly(1, 1, 3);
  }

  @Test
  void aMissingPathIsNoSuchFileForBothAndImportsNothing() throws IOException {
    Path ok = write("ok.jsonl", record("a") + "\n");
    Path missing = tmp.resolve("nope.json");
    SourceSummary s = RecordSourceValidator.of(Validator.of(TaxonomyProfile.core(), ValidationLevel.REFERENCE))
        .validatePath(missing, r -> { });
    assertThat(s.unreadable()).containsExactly("no such file: " + missing);
    Bank bank = freshBank();
    assertThatThrownBy(() -> bank.importEntries(List.of(ok, missing), ImportOptions.defaults()))
        .isInstanceOf(RecordSourceException.class)
        .hasMessage("no such file: " + missing);
    assertThat(bank.size()).isZero();
  }

  @Test
  void aFileOfAnotherKindIsRefusedByBoth() throws IOException {
    Path txt = write("records.txt", record("a") + "\n");
    SourceSummary s = RecordSourceValidator.of(Validator.of(TaxonomyProfile.core(), ValidationLevel.REFERENCE))
        .validatePath(txt, r -> { });
    assertThat(s.unreadable()).singleElement().asString().contains("not a .json, .jsonl or .ndjson file");
    Bank bank = freshBank();
    assertThatThrownBy(() -> bank.importEntries(List.of(txt), ImportOptions.defaults()))
        .isInstanceOf(RecordSourceException.class)
        .hasMessageContaining("records.txt: not a .json, .jsonl or .ndjson file");
    assertThat(bank.size()).isZero();
  }

  // ---- invalid UTF-8 (issue 11) -------------------------------------------------------------

  private static byte[] withInvalidUtf8OnLine2() {
    String line2 = record("caf#");
    int at = line2.indexOf('#');
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes((record("a") + "\n" + line2.substring(0, at)).getBytes(StandardCharsets.UTF_8));
    b.write(0xE9); // Latin-1 e-acute: not UTF-8
    b.writeBytes((line2.substring(at + 1) + "\n" + record("c") + "\n").getBytes(StandardCharsets.UTF_8));
    return b.toByteArray();
  }

  @Test
  void invalidUtf8IsARejectionWithFileAndLineThatSkipInvalidSkips() throws IOException {
    Path f = write("latin1.jsonl", withInvalidUtf8OnLine2());
    bothSee(2, Map.of(f + ":2", "invalid_utf8"), f);

    Bank bank = freshBank();
    ImportReport strict = bank.importEntries(List.of(f), ImportOptions.defaults());
    assertThat(strict.committed()).isFalse();
    assertThat(strict.rejections()).singleElement().satisfies(r -> {
      assertThat(r.source()).isEqualTo(f + ":2");
      assertThat(r.reason()).contains("line 2, byte offset").contains("0xe9").contains("re-encode the input as UTF-8");
    });
    assertThat(bank.size()).isZero();
  }

  @Test
  void oneFileWithInvalidUtf8DoesNotAbortAFolderUnderSkipInvalid() throws IOException {
    write("dir/a.jsonl", withInvalidUtf8OnLine2());
    write("dir/b.jsonl", record("d") + "\n" + record("e") + "\n");
    Bank bank = freshBank();
    ImportReport r = bank.importEntries(List.of(tmp.resolve("dir")), ImportOptions.defaults().withSkipInvalid(true));
    assertThat(r.imported()).isEqualTo(4);
    assertThat(r.rejections()).extracting(Rejection::source).containsExactly(tmp.resolve("dir/a.jsonl") + ":2");
    assertThat(bank.size()).isEqualTo(4);
  }

  // ---- a bounded sample of rejections (issue 11) ---------------------------------------------

  @Test
  void rejectionsAreASampleOfTheFirstOnesAndCountsByCode() throws IOException {
    StringBuilder sb = new StringBuilder();
    int n = ImportReport.LISTED_REJECTIONS + 150;
    for (int i = 0; i < n; i++) {
      sb.append(i % 50 == 7 ? "{\"task_id\": oops}" : "{}").append('\n');
    }
    sb.append(record("kept")).append('\n');
    Path f = write("many.jsonl", sb.toString());
    Bank bank = freshBank();
    ImportReport r = bank.importEntries(List.of(f), ImportOptions.defaults().withSkipInvalid(true));
    assertThat(r.rejected()).isEqualTo(n);
    assertThat(r.imported()).isEqualTo(1);
    assertThat(r.rejections()).hasSize(ImportReport.LISTED_REJECTIONS);
    assertThat(r.rejections().get(0).source()).isEqualTo(f + ":1");
    assertThat(r.rejections().get(7).source()).isEqualTo(f + ":8");
    assertThat(r.rejections().get(7).code()).isEqualTo("malformed_json");
    long malformed = (n + 42) / 50;
    assertThat(r.rejectionCounts())
        .containsExactly(Map.entry(Rejection.NOT_A_RECORD, (long) n - malformed), Map.entry("malformed_json", malformed));
    assertThat(r.rejectionsNotListed()).isEqualTo(150);
  }

  @Test
  void aRefusedImportLeavesTheBankAsItWas() throws IOException {
    Bank bank = freshBank();
    bank.importEntries(List.of(write("first.jsonl", record("a") + "\n")), ImportOptions.defaults());
    String before = export(bank);
    long sequence = bank.changes().lastSequence();
    ImportReport r = bank.importEntries(
        List.of(write("second.jsonl", record("b") + "\n{\"task_id\": \n" + record("c") + "\n")), ImportOptions.defaults());
    assertThat(r.committed()).isFalse();
    assertThat(export(bank)).isEqualTo(before);
    assertThat(bank.changes().lastSequence()).isEqualTo(sequence);
  }

  protected static String export(Bank bank) throws IOException {
    StringWriter w = new StringWriter();
    bank.export(w, ExportOptions.activeOriginals());
    return w.toString();
  }
}
