package org.negativeknowledge.bank.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.search.TestEntries;
import org.negativeknowledge.testing.PaperData;

class TieredRenderingTest {

  private static List<BankEntry> paperBank(String relative) throws IOException {
    Path file = PaperData.resolve(relative);
    List<BankEntry> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      out.add(TestEntries.entry("e" + (i + 1), lines.get(i), i + 1));
    }
    return out;
  }

  @Test
  void headlinesOfThePapersEntriesAreOneLineOfThirtyToSixtyTokens() throws IOException {
    List<BankEntry> all = new ArrayList<>(paperBank("section4/banks/bank_all.jsonl"));
    all.addAll(paperBank("appendix/bank/nls_knowledge.jsonl"));
    all.addAll(paperBank("appendix/bank/bkdv_negative.jsonl"));
    List<Integer> tokens = new ArrayList<>();
    for (BankEntry e : all) {
      String h = Headline.of(e);
      assertThat(h).doesNotContain("\n").startsWith("[" + e.id() + "] " + e.polarity().wireName());
      assertThat(Headline.of(e)).isEqualTo(h);
      tokens.add(TokenCounter.cl100k().count(h));
    }
    tokens.sort(null);
    assertThat(tokens.get(tokens.size() / 2)).isBetween(30, 60);
    assertThat(tokens.get(tokens.size() - 1)).isLessThanOrEqualTo(90);
    assertThat(tokens.get(0)).isGreaterThanOrEqualTo(15);
  }

  @Test
  void theBudgetBuysHeadlinesFirstThenFullTextForTheTopEntries() throws IOException {
    List<BankEntry> bank = paperBank("section4/banks/bank_all.jsonl");
    List<RenderItem> items = bank.stream().map(RenderItem::of).toList();

    RenderedMemory small = MemoryRenderer.standard().renderTiered(items, 800);
    RenderedMemory large = MemoryRenderer.standard().renderTiered(items, 4000);

    assertThat(small.tokens()).isLessThanOrEqualTo(800);
    assertThat(small.full()).isEmpty();
    assertThat(small.included()).isGreaterThan(10);
    assertThat(large.tokens()).isLessThanOrEqualTo(4000);
    assertThat(large.shown()).hasSize(bank.size());
    assertThat(large.full()).isNotEmpty().isEqualTo(large.shown().subList(0, large.full().size()));
    assertThat(large.text()).contains("\ninstead: ").contains("(0 entries left out)");
    for (int i : small.shown()) {
      assertThat(small.text()).contains("[" + bank.get(i).id() + "] ");
    }
    assertThat(small.omitted()).isEqualTo(bank.size() - small.included());
  }

  @Test
  void entriesListedUnderAnotherAreNamedBeneathItAndCountAsShown() {
    BankEntry deep = TestEntries.entry("p-deep", "{\"task_id\":\"P\",\"depth\":2,\"rounds_summary\":[],"
        + "\"ruled_out_routes\":[\"a\",\"b\"],\"synthesised_diagnosis\":\"both fail the same way\"}", 1);
    BankEntry r1 = TestEntries.entry("p-r1", "{\"task_id\":\"P\",\"round\":1,\"attempted_route\":\"a\",\"observation\":\"x\"}", 2);
    BankEntry other = TestEntries.entry("q", "{\"task_id\":\"Q\",\"attempted_route\":\"c\",\"observation\":\"y\"}", 3);
    List<RenderItem> items = List.of(RenderItem.of(deep), RenderItem.of(r1).listedUnder("p-deep"), RenderItem.of(other));

    RenderedMemory m = MemoryRenderer.standard().renderTiered(items, 2000);

    assertThat(m.shown()).containsExactly(0, 1, 2);
    assertThat(m.listed()).containsExactly(1);
    assertThat(m.text()).containsPattern("\n  same program: p-r1 \\(round 1, (positive|negative)\\)\n");
    assertThatThrownBy(() -> MemoryRenderer.standard().renderTiered(List.of(RenderItem.of(r1).listedUnder("nope")), 500))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p-r1 is listed under nope");
  }

  @Test
  void aBudgetTooSmallForAnyHeadlineShowsNothingAndSaysSo() {
    List<RenderItem> items = List.of(RenderItem.of(TestEntries.entry("a", TestEntries.SHAP_RECORD, 1)));
    RenderedMemory m = MemoryRenderer.standard().renderTiered(items, 20);
    assertThat(m.shown()).isEmpty();
    assertThat(m.omitted()).isEqualTo(1);
    assertThat(m.tokens()).isLessThanOrEqualTo(20);
  }
}
