package org.negativeknowledge.bank.render;

import org.negativeknowledge.testing.PaperData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.search.TestEntries;
import org.negativeknowledge.record.NkJson;

class MemoryRendererTest {

  static final String DEPTH1 = TestEntries.SHAP_RECORD;

  private static List<BankEntry> copies(int n) {
    List<BankEntry> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(TestEntries.entry("nk-" + i, DEPTH1, i));
    }
    return out;
  }

  @Test
  void rendersLabelledLines() {
    RenderedMemory m = MemoryRenderer.render(copies(1), 1000);
    assertThat(m.text())
        .startsWith("[nk-1] negative | task 002 | implementation_failure/local_failure/artifact_driven/change_method/low_risk_omission\n")
        .contains("\ntried: shap.TreeExplainer.shap_values() on a RandomForestRegressor\n")
        .contains("\nsaw: ModuleNotFoundError: No module named 'shap'\n")
        .contains("\nwhy: The package is absent from the environment.\n")
        .contains("\ninstead: sklearn.inspection.permutation_importance(rf, X, y, n_repeats=10)\n")
        .endsWith("(0 entries left out)\n");
    assertThat(m.included()).isEqualTo(1);
    assertThat(m.omitted()).isZero();
    assertThat(m.tokens()).isEqualTo(TokenCounter.cl100k().count(m.text()));
  }

  @Test
  void stopsAtTheBudgetAndSaysHowManyWereLeftOut() {
    RenderedMemory all = MemoryRenderer.render(copies(10), 100_000);
    int perEntry = all.tokens() / 10;
    int budget = perEntry * 4;
    RenderedMemory m = MemoryRenderer.render(copies(10), budget);
    assertThat(m.tokens()).isLessThanOrEqualTo(budget).isEqualTo(TokenCounter.cl100k().count(m.text()));
    assertThat(m.included()).isBetween(2, 4);
    assertThat(m.omitted()).isEqualTo(10 - m.included());
    assertThat(m.text()).endsWith("(" + m.omitted() + " entries left out to stay within " + budget + " tokens)\n");
    assertThat(m.text()).contains("[nk-1]").doesNotContain("[nk-" + (m.included() + 1) + "]");
  }

  @Test
  void anEntryTooBigForWhatIsLeftIsSkippedForSmallerOnes() {
    String big = DEPTH1.replace("The package is absent from the environment.", "absent ".repeat(300));
    List<BankEntry> entries = List.of(TestEntries.entry("big", big, 1), TestEntries.entry("small", DEPTH1, 2));
    RenderedMemory m = MemoryRenderer.render(entries, 200);
    assertThat(m.text()).startsWith("[small]").doesNotContain("[big]").endsWith("(1 entry left out to stay within 200 tokens)\n");
    assertThat(m.included()).isEqualTo(1);
    assertThat(m.omitted()).isEqualTo(1);
    assertThat(m.shown()).as("positions of the shown entries in the given list").containsExactly(1);
    RenderedMemory several = MemoryRenderer.render(copies(10), m.tokens() * 3);
    assertThat(several.included()).isGreaterThan(1);
    assertThat(several.shown()).isEqualTo(java.util.stream.IntStream.range(0, several.included()).boxed().toList());
  }

  @Test
  void aTinyBudgetKeepsOnlyTheClosingLine() {
    RenderedMemory m = MemoryRenderer.render(copies(3), 5);
    assertThat(m.included()).isZero();
    assertThat(m.omitted()).isEqualTo(3);
    assertThat(m.text()).startsWith("(3 entries left out");
    assertThatThrownBy(() -> MemoryRenderer.render(copies(1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  @Test
  void showsFlagsOnTheEntryLine() {
    RenderItem flagged = new RenderItem(copies(1).get(0), List.of("possibly misleading"));
    RenderedMemory m = MemoryRenderer.standard().renderItems(List.of(flagged), 1000);
    assertThat(m.text().lines().findFirst().orElseThrow()).endsWith(" | !! possibly misleading");
  }

  @Test
  void rendersDeepAndKnowledgeEntries() throws IOException {
    Path paper = PaperData.root();
    BankEntry deep =
        TestEntries.entry("s6", TestEntries.read(paper.resolve("section4/nk_records/BKdV-S6_deep.json")), 1, 1,
            org.negativeknowledge.bank.entry.EntryStatus.ACTIVE, null);
    String firstKnowledge = Files.readAllLines(paper.resolve("appendix/bank/nls_knowledge.jsonl")).get(0);
    BankEntry knowledge =
        TestEntries.entry("k", NkJson.parseObject(firstKnowledge), 2, 1, org.negativeknowledge.bank.entry.EntryStatus.ACTIVE, null);
    String text = MemoryRenderer.render(List.of(deep, knowledge), 10_000).text();
    assertThat(text)
        .contains("[s6] negative | task BKdV-S6 | depth 3 | method_failure/")
        .contains("\nruled out: 1) Fourier pseudospectral")
        .contains("\ndiagnosis: The Burgers self-flux")
        .contains("\ninstead: For Stage-2 BKdV tasks")
        .contains("[k] negative | B-NLS | structural")
        .contains("\nclaim: The user's variational B-NLS derivation")
        .contains("\napplies: Any B-NLS subproblem")
        .contains("\naction: (i) Always state explicitly");
  }

  @Test
  void aRenderedDepth1RecordCostsFewerTokensThanItsJson() throws IOException {
    Path records = PaperData.resolve("section3/nk_records");
    TokenCounter counter = TokenCounter.cl100k();
    List<Path> files;
    try (Stream<Path> s = Files.list(records)) {
      files = s.filter(p -> p.getFileName().toString().matches("task_\\d+(_r2)?\\.json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    long fileTotal = 0;
    long compactTotal = 0;
    long renderedTotal = 0;
    for (Path f : files) {
      String raw = Files.readString(f);
      BankEntry e = TestEntries.entry(f.getFileName().toString(), NkJson.parseObject(raw), 1, 1,
          org.negativeknowledge.bank.entry.EntryStatus.ACTIVE, null);
      String rendered = MemoryRenderer.render(List.of(e), 100_000).text();
      int compactJson = counter.count(NkJson.compact(e.original()));
      assertThat(counter.count(rendered)).as(f.getFileName().toString()).isLessThan(compactJson);
      fileTotal += counter.count(raw);
      compactTotal += compactJson;
      renderedTotal += counter.count(rendered);
    }
    System.out.printf("depth-1 records: %d files, tokens as files %d, compact JSON %d, rendered %d%n",
        files.size(), fileTotal, compactTotal, renderedTotal);
    assertThat(renderedTotal).isLessThan(compactTotal).isLessThan(fileTotal * 85 / 100);
  }
}
