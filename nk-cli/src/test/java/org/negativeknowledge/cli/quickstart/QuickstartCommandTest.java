package org.negativeknowledge.cli.quickstart;

import org.negativeknowledge.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.CurationOrigin;
import org.negativeknowledge.bank.entry.Occurrence;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.ValidationLevel;
import org.negativeknowledge.validation.Validator;

/** {@code nk quickstart} in-process on the project's own sample failure, against a temp bank. */
class QuickstartCommandTest {

  @TempDir Path tmp;


  private static CliRun run(String... args) {
    return CliRun.run(args);
  }

  /** The repository's copy of the sample (the tests run in nk-cli/). */
  private static Path example() {
    return Path.of("..", Quickstart.EXAMPLE_DIR).toAbsolutePath().normalize();
  }

  @Test
  void everyStepRunsOfflineAndSaysWhatItDid() {
    Path bankFile = tmp.resolve("qs/bank.db");
    CliRun r = run("quickstart", "--bank", bankFile.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    String out = r.out();
    assertThat(out).contains("1. Curate the failed attempt (offline curator, no model)")
        .contains("2. Validate the record (strict, profile core)")
        .contains("3. Add it to the bank")
        .contains("4. Consult the bank before the next attempt")
        .contains("5. The memory block the next agent reads")
        .contains("6. What to run next");
    assertThat(out).contains("failure signature: KeyError: 'price_usd'");
    assertThat(out).contains("valid: every field present");
    assertThat(out).contains("imported 1, unchanged 0, rejected 0");
    assertThat(out).contains("The bank file is " + bankFile).contains("the sample shipped with nk");
    assertThat(out).contains("./nk decide --bank " + bankFile + " c-").contains("./nk propose --bank ")
        .contains("./nk bank search --bank " + bankFile + " --signature 'KeyError: '\\''price_usd'\\''' price");

    try (Bank bank = Bank.open(bankFile.toString())) {
      assertThat(bank.size()).isEqualTo(1);
      BankEntry e = bank.search(SearchQuery.all()).hits().get(0).entry();
      assertThat(e.signatureKey()).isEqualTo("KeyError: 'price_usd'");
      assertThat(e.provenance().curator()).isEqualTo(CurationOrigin.OFFLINE);
      assertThat(e.occurrences()).isEqualTo(1);
      assertThat(Validator.of(TaxonomyProfile.core(), ValidationLevel.STRICT).validate(e.original()).valid()).isTrue();
      String route = e.original().path("attempted_route").asText();
      assertThat(route).isNotBlank();
      // the consultation surfaced the entry, and its memory block carries the route
      assertThat(out).contains("surfaced 1 entry:").contains("1. " + e.id() + " (revision 1");
      String memory = out.substring(out.indexOf("5. The memory block"), out.indexOf("6. What to run next"));
      assertThat(memory).contains(route.substring(0, Math.min(40, route.length())));
      assertThat(memory).contains("price_usd");
    }
  }

  @Test
  void theApiReturnsWhatItPrinted() throws Exception {
    StringWriter text = new StringWriter();
    QuickstartResult r = Quickstart.of(QuickstartSettings.defaults().withKeep(true)).run(new PrintWriter(text, true));

    assertThat(r.validation().valid()).isTrue();
    assertThat(r.bankFile()).isNotNull();
    assertThat(Files.isRegularFile(r.bankFile())).isTrue();
    assertThat(text.toString()).contains(r.bankFile().toString()).contains("throwaway");
    Path work = r.bankFile().getParent();
    assertThat(work.getFileName().toString()).startsWith("nk-quickstart-");
    assertThat(r.importReport().imported()).isEqualTo(1);
    assertThat(r.consultation().entryIds()).containsExactly(r.entryId());
    assertThat(r.consultation().memory().text()).contains(r.record().path("attempted_route").asText().substring(0, 30));
    assertThat(r.nextCommands()).hasSize(3);
    assertThat(NkJson.parseObject(Files.readString(r.recordFile()))).isEqualTo(r.record());
    TemporaryFolder.delete(work);
  }

  @Test
  void withoutKeepTheTemporaryFolderIsGoneAfterTheRun() throws Exception {
    StringWriter text = new StringWriter();
    QuickstartResult r = Quickstart.of(QuickstartSettings.defaults()).run(new PrintWriter(text, true));

    assertThat(r.importReport().imported()).isEqualTo(1);
    assertThat(r.bankFile().getParent()).doesNotExist();
    assertThat(text.toString()).contains("The throwaway bank is deleted when this run ends")
        .contains("nk quickstart --keep");
  }

  @Test
  void theBundledSampleIsTheRepositorysSample() throws Exception {
    Path dir = SampleFailure.extractTo(tmp.resolve("sample"));
    List<String> inRepository;
    try (var files = Files.walk(example())) {
      inRepository = files.filter(Files::isRegularFile)
          .map(p -> example().relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
    assertThat(inRepository).containsExactlyInAnyOrderElementsOf(SampleFailure.FILES);
    for (String name : SampleFailure.FILES) {
      assertThat(Files.readAllBytes(dir.resolve(name))).as(name).isEqualTo(Files.readAllBytes(example().resolve(name)));
    }
  }

  @Test
  void aSecondRunOnTheSameBankCountsAnOccurrenceInsteadOfACopy() {
    Path bankFile = tmp.resolve("again/bank.db");
    assertThat(run("quickstart", "--bank", bankFile.toString()).exit()).isZero();
    CliRun second = run("quickstart", "--bank", bankFile.toString());

    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out()).contains("imported 0, unchanged 0, rejected 0, deduplicated 1 (occurrences added)")
        .contains("seen 2 times (the same failure again: counted, not copied)")
        .contains("the bank holds 1 active entry");
    try (Bank bank = Bank.open(bankFile.toString())) {
      assertThat(bank.size()).isEqualTo(1);
      BankEntry e = bank.search(SearchQuery.all()).hits().get(0).entry();
      assertThat(e.occurrences()).isEqualTo(2);
      List<Occurrence> occ = bank.occurrences(e.id());
      assertThat(occ).hasSize(1);
      assertThat(occ.get(0).curator()).isEqualTo("offline");
      assertThat(occ.get(0).author()).isEqualTo("nk-curator:offline");
      assertThat(occ.get(0).inputHashes()).containsKeys("round1_candidate", "round1_exec_log", "round1_reasoning");
    }
    CliRun search = run("bank", "search", "--bank", bankFile.toString(), "--signature", "KeyError: 'price_usd'", "price");
    assertThat(search.exit()).as(search.err()).isZero();
    assertThat(search.out()).contains("seen 2 times | signature KeyError: 'price_usd'");
    CliRun json = run("bank", "search", "--bank", bankFile.toString(), "--signature", "KeyError: 'price_usd'",
        "--format", "json", "price");
    assertThat(NkJson.parseObject(json.out()).path("hits").get(0).path("occurrences").asInt()).isEqualTo(2);
    CliRun none = run("bank", "search", "--bank", bankFile.toString(), "--signature", "Timeout", "price");
    assertThat(none.exit()).isEqualTo(1);
  }

  @Test
  void theHandWrittenRecordIsStrictValid() throws Exception {
    Path record = example().getParent().resolve("records/depth1.json");
    var report = Validator.of(TaxonomyProfile.core(), ValidationLevel.STRICT)
        .validate(NkJson.parseObject(Files.readString(record)));
    assertThat(report.issues()).isEmpty();
  }

  @Test
  void aMissingSampleIsAUsageError() {
    CliRun r = run("quickstart", "--example", tmp.resolve("nowhere").toString(), "--bank", tmp.resolve("b.db").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("nowhere");
  }
}
