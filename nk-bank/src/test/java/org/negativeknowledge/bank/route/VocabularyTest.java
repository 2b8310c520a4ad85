package org.negativeknowledge.bank.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The vocabulary table: the built-in one loads, a broken one is refused with its place. */
class VocabularyTest {
  @Test
  void theBuiltInTableLoadsWithEachPhraseHavingOneMeaning() {
    assertThat(Vocabulary.standard()).isNotNull();
    // read through the matcher: an alias, a role, a stop word
    assertThat(RouteMatcher.standard().read("wd 0.1").changes().get(0).names()).containsExactly("weight_decay");
  }

  @Test
  void brokenLinesAreRefusedWithFileLineAndFix() {
    assertThatThrownBy(() -> Vocabulary.parse(List.of("# c", "param\tlearning_rate\tlr\tnote"), "t.tsv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.tsv:2:").hasMessageContaining("one tab");
    assertThatThrownBy(() -> Vocabulary.parse(List.of("param\tlearning_rate lr"), "t.tsv"))
        .hasMessageContaining("t.tsv:1: no aliases; list the words of this entry in the third column");
    assertThatThrownBy(() -> Vocabulary.parse(List.of("parameter\tlr\tlr"), "t.tsv"))
        .hasMessageContaining("t.tsv:1: unknown kind 'parameter'");
    assertThatThrownBy(() -> Vocabulary.parse(List.of("param\tlearning_rate\t"), "t.tsv"))
        .hasMessageContaining("t.tsv:1: no aliases");
    assertThatThrownBy(() -> Vocabulary.parse(List.of("term\t-\tema"), "t.tsv"))
        .hasMessageContaining("needs a canonical name");
    assertThatThrownBy(() -> Vocabulary.parse(List.of("param\tlearning_rate\tlr, step size", "term\tstep\tsteps sizes"), "t.tsv"))
        .hasMessageContaining("t.tsv:2: 'steps sizes' is already a param (learning_rate) at line 1");
    assertThatThrownBy(() -> Vocabulary.parse(List.of("param\tdropout\tdropout", "off\tmixup"), "t.tsv"))
        .hasMessageContaining("off entry 'mixup' names no param or term");
  }

  @Test
  void aSmallTableIsEnoughToRead() {
    Vocabulary v = Vocabulary.parse(List.of("param\tlearning_rate\tlr, learning rate", "up\t-\traise"), "t.tsv");
    assertThat(v).isNotNull();
  }

  @Test
  void anAliasWithANumberOrASignIsRefusedSinceARowWouldReadItApart() {
    // "1cycle" once read as the word "cycle": every "L-cycle" of a row became the one-cycle schedule
    assertThatThrownBy(() -> Vocabulary.parse(List.of("term\tone_cycle\tone cycle, 1cycle"), "t.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("t.tsv:1: alias '1cycle' holds a number or a sign");
    assertThat(RouteMatcher.standard().read("multi-step loss exp-weighted L-cycle intermediates").changes().get(0).names())
        .doesNotContain("one_cycle");
  }

  @Test
  void formsOfOneWordAndWordsThatMoveASettingAreData() {
    Vocabulary v = Vocabulary.parse(List.of("param\tdepth\tdepth", "form\tgrow\tgrowth", "up\tdepth\tdeeper"), "t.tsv");
    assertThat(v.tokens("growth").get(0).norm()).isEqualTo("grow");
    assertThat(v.tokens("deeper").get(0).kind()).isEqualTo(WordKind.UP);
    assertThat(v.tokens("deeper").get(0).norm()).isEqualTo("depth");
    assertThatThrownBy(() -> Vocabulary.parse(List.of("up\twidth\twider"), "t.tsv"))
        .hasMessageContaining("t.tsv:1: 'width' names no param of the table");
    assertThatThrownBy(() -> Vocabulary.parse(List.of("term\tema\tema", "whole\tema"), "t.tsv"))
        .hasMessageContaining("whole entry 'ema' names no role of the table");
    assertThatThrownBy(() -> Vocabulary.parse(List.of("form\t-\tgrowth"), "t.tsv"))
        .hasMessageContaining("t.tsv:1: a form line needs the one word its forms are read as");
    // the built-in table: "progressive growth" and "progressive_growing_recursion" share their words
    RouteMatcher m = RouteMatcher.standard();
    assertThat(m.read("progressive_growing_recursion (curriculum)").changes().get(0).names())
        .containsAll(m.read("progressive growth").changes().get(0).names());
  }
}
