package org.negativeknowledge.bank;

import org.negativeknowledge.bank.io.ExportOptions;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.io.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.negativeknowledge.bank.BadInputCorpus.Case;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.ValidationLevel;
import org.negativeknowledge.validation.Validator;
import org.negativeknowledge.validation.stream.RecordResult;
import org.negativeknowledge.validation.stream.RecordSourceException;
import org.negativeknowledge.validation.stream.RecordSourceValidator;
import org.negativeknowledge.validation.stream.SourceSummary;

/**
 * The generated bad-input corpus ({@link BadInputCorpus}: truncated JSON, invalid UTF-8, BOM, NUL,
 * deep nesting, huge lines and strings, 1e999, duplicate keys, lone surrogates, CRLF and CR line
 * ends, binary, plus a FIFO) run through both {@code validate} and {@code import}, on every store.
 * For each file: validate reports every bad line at its {@code file:line} with its code; an
 * all-or-nothing import refuses and leaves the bank exactly as it was; an import with
 * {@code --skip-invalid} stores every good record unchanged and rejects every bad one at the same
 * {@code file:line} with the same code.
 */
@Tag("security")
public abstract class BadInputCorpusContractTest {
  @TempDir protected Path tmp;
  private final List<Bank> opened = new ArrayList<>();

  /** A URL of a new, empty bank; each call a different one. */
  protected abstract String newBankUrl();

  static List<Case> corpus() {
    return BadInputCorpus.cases();
  }

  private Bank freshBank() {
    Bank b = Bank.open(newBankUrl(), OpenOptions.defaults().withAuthor("tester")
        .withIndexDirectory(tmp.resolve("index-" + UUID.randomUUID())));
    opened.add(b);
    return b;
  }

  @AfterEach
  void closeBanks() {
    opened.forEach(Bank::close);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void validateReportsEveryBadLineWhereItIs(Case c) throws IOException {
    Path file = write(c);
    Map<Long, String> invalid = new LinkedHashMap<>();
    List<Long> valid = new ArrayList<>();
    SourceSummary s = validator().validatePath(file, r -> {
      long line = lineOf(r, file);
      if (r.valid()) {
        valid.add(line);
      } else {
        invalid.put(line, r.report().issues().get(0).code());
      }
    });
    assertThat(s.unreadable()).isEmpty();
    assertThat(valid).as("valid lines").containsExactlyElementsOf(c.good());
    assertCodes(invalid, c.invalid(), c.anyCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void anAllOrNothingImportRefusesAndLeavesTheBankAsItWas(Case c) throws IOException {
    Path file = write(c);
    Bank bank = freshBank();
    bank.importRecords(List.of(NkJson.parseObject(String.format(BadInputCorpus.GOOD, "seed"))), "seed",
        ImportOptions.defaults());
    String before = export(bank);
    long sequence = bank.changes().lastSequence();

    ImportReport r = bank.importEntries(List.of(file), ImportOptions.defaults());

    assertThat(r.committed()).as(r.summary()).isEqualTo(c.rejected().isEmpty());
    assertCodes(rejections(r, file), c.rejected(), c.anyCode());
    if (!c.rejected().isEmpty()) {
      assertThat(export(bank)).as("the bank after a refused import").isEqualTo(before);
      assertThat(bank.changes().lastSequence()).isEqualTo(sequence);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void skipInvalidStoresEveryGoodRecordAndReportsEveryBadOne(Case c) throws IOException {
    Path file = write(c);
    Map<Long, String> byValidate = new LinkedHashMap<>();
    validator().validatePath(file, r -> {
      if (!r.valid()) {
        byValidate.put(lineOf(r, file), r.report().issues().get(0).code());
      }
    });
    Bank bank = freshBank();

    ImportReport r = bank.importEntries(List.of(file), ImportOptions.defaults().withSkipInvalid(true));

    Map<Long, String> rejected = rejections(r, file);
    assertCodes(rejected, c.rejected(), c.anyCode());
    rejected.forEach((line, code) -> {
      assertThat(byValidate).as("validate reports line " + line).containsKey(line);
      if (!c.invalid().get(line).equals(code) && !c.anyCode()) {
        return; // refused by the bank for a reason validate names with its own code
      }
      assertThat(byValidate).as("validate's code at line " + line).containsEntry(line, code);
    });
    assertThat(r.committed()).isTrue();
    List<JsonNode> expected = new ArrayList<>();
    for (long line : c.stored()) {
      expected.add(NkJson.parseObject(lineText(c, line)));
    }
    assertThat(r.imported()).isEqualTo(expected.size());
    List<JsonNode> exported = new ArrayList<>();
    export(bank).lines().forEach(l -> exported.add(NkJson.parseObject(l)));
    assertThat(exported).as("every good record, unchanged").containsExactlyInAnyOrderElementsOf(expected);
    long flagged = c.invalid().keySet().stream().filter(l -> !c.rejected().containsKey(l)).count();
    if (flagged > 0) {
      assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith(flagged + " imported record(s)"));
    }
  }

  @Test
  void aFifoIsRefusedByBothWithoutWaitingForAWriter() throws Exception {
    Path fifo = tmp.resolve("records.jsonl");
    Process mk;
    try {
      mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("skipped: mkfifo is not available here");
      return;
    }
    Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "skipped: mkfifo failed");
    SourceSummary s = validator().validatePath(tmp, r -> { });
    assertThat(s.unreadable()).singleElement().asString().contains("records.jsonl: not a regular file");
    Bank bank = freshBank();
    assertThatThrownBy(() -> bank.importEntries(List.of(tmp), ImportOptions.defaults().withSkipInvalid(true)))
        .isInstanceOf(RecordSourceException.class)
        .hasMessageContaining("records.jsonl: not a regular file");
    assertThat(bank.size()).isZero();
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static RecordSourceValidator validator() {
    return RecordSourceValidator.of(Validator.of(TaxonomyProfile.exploration(), ValidationLevel.REFERENCE));
  }

  private Path write(Case c) throws IOException {
    Path file = tmp.resolve(c.fileName());
    Files.write(file, c.content());
    return file;
  }

  private static long lineOf(RecordResult r, Path file) {
    String s = r.source();
    return s.equals(file.toString()) ? 1 : Long.parseLong(s.substring(file.toString().length() + 1));
  }

  private static Map<Long, String> rejections(ImportReport r, Path file) {
    assertThat(r.rejectionsNotListed()).isZero();
    Map<Long, String> out = new LinkedHashMap<>();
    for (Rejection rej : r.rejections()) {
      assertThat(rej.source()).startsWith(file + ":");
      out.put(Long.parseLong(rej.source().substring(file.toString().length() + 1)), rej.code());
    }
    return out;
  }

  private static void assertCodes(Map<Long, String> actual, Map<Long, String> expected, boolean anyCode) {
    if (anyCode) {
      assertThat(actual.keySet()).as("bad lines").containsExactlyElementsOf(expected.keySet());
    } else {
      assertThat(actual).as("bad lines and codes").containsExactlyEntriesOf(expected);
    }
  }

  private static String lineText(Case c, long line) {
    String text = new String(c.content(), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return c.fileName().endsWith(".json") ? text : text.split("\n", -1)[(int) line - 1];
  }

  private static String export(Bank bank) throws IOException {
    StringWriter w = new StringWriter();
    bank.export(w, ExportOptions.activeOriginals());
    return w.toString();
  }
}
