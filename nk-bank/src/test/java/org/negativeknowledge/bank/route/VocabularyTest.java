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
}
