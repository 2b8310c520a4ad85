package org.negativeknowledge.bank.search;

import org.negativeknowledge.testing.PaperData;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.render.RenderedMemory;
import org.negativeknowledge.record.Polarity;

/** The paper's banks and record folders imported into an SQLite bank answer sensible searches. */
class PaperBankSearchTest {

  @TempDir static Path tmp;
  static Bank bank;

  @BeforeAll
  static void importPaper() throws IOException {
    Path paper = PaperData.root();
    bank = Bank.open(tmp.resolve("bank.db").toString());
    List<Path> inputs = List.of(
        paper.resolve("section4/banks/bank_all.jsonl"),
        paper.resolve("section4/banks/pilot_legacy_all.jsonl"),
        paper.resolve("appendix/bank/nls_knowledge.jsonl"),
        paper.resolve("appendix/bank/bkdv_positive.jsonl"),
        paper.resolve("appendix/bank/bkdv_negative.jsonl"),
        paper.resolve("section3/nk_records"),
        paper.resolve("section4/nk_records"));
    ImportReport report = bank.importEntries(inputs, ImportOptions.defaults());
    assertThat(report.imported()).isGreaterThan(150);
  }

  @AfterAll
  static void close() {
    if (bank != null) {
      bank.close();
    }
  }

  private static List<String> topTasks(SearchQuery q, int n) {
    return bank.search(q.withLimit(n)).hits().stream()
        .map(h -> h.entry().taskId() + (h.entry().depth() > 1 ? "/deep" : ""))
        .toList();
  }

  @Test
  void boreDissipationFindsTheBkdvS6DeepRecord() {
    assertThat(topTasks(SearchQuery.of("bore dissipation"), 3)).contains("BKdV-S6/deep");
    assertThat(topTasks(SearchQuery.of("how much viscosity does a bore initial condition need"), 3))
        .contains("BKdV-S6/deep");
  }

  @Test
  void shapFindsTask002() {
    List<SearchHit> hits = bank.search(SearchQuery.of("shap").withLimit(3)).hits();
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).entry().taskId()).isEqualTo("002");
    assertThat(hits.get(0).snippet()).containsIgnoringCase("**shap");
    assertThat(topTasks(SearchQuery.of("TreeExplainer"), 3)).contains("002");
  }

  @Test
  void filtersWorkOnRealEntries() {
    SearchQuery positives =
        SearchQuery.of("sign convention Madelung").withFilters(SearchFilters.activeOnly().withPolarity(Polarity.POSITIVE));
    assertThat(bank.search(positives).hits()).allMatch(h -> h.entry().polarity() == Polarity.POSITIVE);
    SearchQuery deep = SearchQuery.all().withFilters(SearchFilters.activeOnly().withDepth(3)).withLimit(100);
    assertThat(bank.search(deep).hits()).isNotEmpty().allMatch(h -> h.entry().depth() == 3);
  }

  @Test
  void rendersSearchHitsWithinTheBudget() {
    RenderedMemory m = bank.render(SearchQuery.of("bore dissipation viscosity").withLimit(20), 800);
    assertThat(m.tokens()).isLessThanOrEqualTo(800);
    assertThat(m.included()).isPositive();
    assertThat(m.included() + m.omitted()).isEqualTo(20);
    assertThat(m.text()).contains("left out");
  }
}
