package org.negativeknowledge.bank.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.results.ResultsLog;
import org.negativeknowledge.bank.results.ResultsRow;
import org.negativeknowledge.testing.PaperData;

/** The judged-repeat files and the frozen split are read as documented (PROVENANCE.md, bench/dead-ends-split.tsv). */
class JudgedRepeatsTest {
  @TempDir Path tmp;

  @Test
  void earlierLinesComeFromTheColumnAndFromTheLinesTheReasonNames() throws IOException {
    Path f = tmp.resolve("x.repeats.tsv");
    Files.writeString(f, String.join("\n",
        "46\t14\t[medium] cosine weight raised further to 2.0 after 1.0 had failed (lines 14, 39); discarded",
        "79\t78\t[medium] classifier-free guidance a third time (lines 72 and 78 discarded), scale 7.0; discarded",
        "139\t127\t[high] progressive recursion (lines 122/127, discarded) combined with spatial smoothing",
        "163\t62\t[high] near-identical to line 62 (0.75) and line 114 (0.8), both discarded; line 400 is later") + "\n");
    JudgedRepeats j = JudgedRepeats.read(f);
    assertThat(j.repeats().keySet()).containsExactly(46, 79, 139, 163);
    assertThat(j.repeats().get(46).earlierLines()).containsExactly(14, 39);
    assertThat(j.repeats().get(79).earlierLines()).containsExactly(78, 72);
    assertThat(j.repeats().get(139).earlierLines()).containsExactly(127, 122);
    assertThat(j.repeats().get(163).earlierLines()).containsExactly(62, 114);
    assertThat(j.repeats().get(46).why()).startsWith("[medium]");
  }

  @Test
  void malformedLinesAreRefusedWithTheirPlace() throws IOException {
    Path f = tmp.resolve("bad.repeats.tsv");
    Files.writeString(f, "21\t13\tfine\n22 13 spaces instead of tabs\n");
    assertThatThrownBy(() -> JudgedRepeats.read(f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.repeats.tsv:2:").hasMessageContaining("line<TAB>earlier_line<TAB>why");
    Files.writeString(f, "21\t30\tearlier after the row\n");
    assertThatThrownBy(() -> JudgedRepeats.read(f)).hasMessageContaining("bad.repeats.tsv:1:")
        .hasMessageContaining("must be a row before line 21");
    Files.writeString(f, "21\t13\ta\n21\t14\tb\n");
    assertThatThrownBy(() -> JudgedRepeats.read(f)).hasMessageContaining("line 21 is judged twice");
  }

  @Test
  void theSharedJudgementsNameRowsOfTheirLogs() throws IOException {
    int judgedLogs = 0;
    for (Path log : PaperData.resultsLogs()) {
      var judged = JudgedRepeats.besideLog(log);
      if (judged.isEmpty()) {
        continue;
      }
      judgedLogs++;
      ResultsLog rows = ResultsLog.read(log);
      long lines = Files.readAllLines(judged.get().file()).stream().filter(l -> !l.isBlank()).count();
      assertThat(judged.get().repeats()).as(log.toString()).hasSize((int) lines);
      for (JudgedRepeats.Judged j : judged.get().repeats().values()) {
        assertThat(rows.rows()).extracting(ResultsRow::line).contains(j.line());
        assertThat(j.earlierLines()).allSatisfy(e -> assertThat(e).isBetween(2, j.line() - 1));
      }
    }
    assertThat(judgedLogs).isEqualTo(2);
    // a row of the tuning part: recursive-diffusion-fid.tsv line 46 repeats lines 14 and 39
    JudgedRepeats d = JudgedRepeats.read(PaperData.autoresearchRuns().resolve("recursive-diffusion-fid.repeats.tsv"));
    assertThat(d.repeats().get(46).earlierLines()).containsExactly(14, 39);
  }

  @Test
  void theFrozenSplitCoversEveryRowOfTheJudgedLogsOnce() throws IOException {
    DeadEndSplit split = DeadEndSplit.read(Path.of("..", "bench", "dead-ends-split.tsv"));
    for (Path log : PaperData.resultsLogs()) {
      if (JudgedRepeats.besideLog(log).isEmpty()) {
        continue;
      }
      ResultsLog rows = ResultsLog.read(log);
      assertThat(rows.rows()).allSatisfy(r -> assertThat(split.partOf(rows.stem(), r.line())).as(rows.stem() + ":" + r.line())
          .hasValueSatisfying(p -> assertThat(DeadEndSplit.PARTS).contains(p)));
    }
    assertThat(split.partOf("gpt-pretrain-rtx5070", 2)).hasValue("frozen");
    assertThat(split.partOf("recursive-diffusion-fid", 166)).hasValue("tuning");
    assertThat(split.partOf("recursive-diffusion-fid", 167)).hasValue("frozen");
  }

  @Test
  void aSplitWithOverlappingRangesIsRefused() throws IOException {
    Path f = tmp.resolve("split.tsv");
    Files.writeString(f, "# comment\nlog\ttuning\t2\t10\nlog\tfrozen\t10\t20\n");
    assertThatThrownBy(() -> DeadEndSplit.read(f)).hasMessageContaining("split.tsv:3:").hasMessageContaining("overlaps log lines 2-10");
    Files.writeString(f, "log\tkept\t2\t10\n");
    assertThatThrownBy(() -> DeadEndSplit.read(f)).hasMessageContaining("tuning|frozen");
  }
}
