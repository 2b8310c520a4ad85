package org.negativeknowledge.bank.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.OpenOptions;
import org.negativeknowledge.bank.route.RouteMatcher;
import org.negativeknowledge.testing.PaperData;

/** The shared AutoResearch results logs: import, re-import, replay. */
class PaperResultsReplayTest {
  @TempDir Path tmp;

  @Test
  void everyLogImportsOnceAndAReimportAddsNothing() throws IOException {
    List<Path> logs = PaperData.resultsLogs();
    assertThat(logs).isNotEmpty();
    try (Bank bank = Bank.open(tmp.resolve("bank.db").toString(), OpenOptions.defaults().withIndexDirectory(tmp.resolve("ix")))) {
      for (Path p : logs) {
        ResultsLog log = ResultsLog.read(p);
        ResultsImport.Summary first = ResultsImport.run(bank, log, null, null);
        long keep = log.rows().stream().filter(ResultsRow::kept).count();
        long out = log.rows().stream().filter(ResultsRow::ruledOut).count();
        assertThat(first.report().committed()).isTrue();
        assertThat(first.report().imported()).isEqualTo(keep + out);
        assertThat(first.negative()).isEqualTo(out);
        ResultsImport.Summary again = ResultsImport.run(bank, log, null, null);
        assertThat(again.report().imported()).isZero();
        assertThat(again.report().unchanged()).isEqualTo(first.report().imported());
      }
      var e = bank.get("results-car-prices-xgboost-L4-7436138").orElseThrow();
      assertThat(e.original().get("attempted_route").asText()).isEqualTo("add car_age mileage_per_year log_mileage features");
      assertThat(e.original().get("observation").asText()).contains("val_rmse 321.16 against 285.86").contains("+35.3");
    }
  }

  @Test
  void replayFindsRowsAnEarlierDiscardHadRuledOutAndSaysWhy() throws IOException {
    for (Path p : PaperData.resultsLogs()) {
      ResultsLog log = ResultsLog.read(p);
      List<RouteRepeat> repeats = ResultsReplay.replay(log);
      for (RouteRepeat r : repeats) {
        assertThat(r.earlier().line()).isLessThan(r.row().line());
        assertThat(r.earlier().ruledOut()).isTrue();
        assertThat(r.score()).isGreaterThanOrEqualTo(RouteMatcher.DEFAULT_THRESHOLD);
        assertThat(r.explanation().reasons()).isNotEmpty();
        assertThat(r.why()).contains("at line " + r.earlier().line());
      }
      // A higher threshold never finds more repeats. (No counts are printed: figures on the judged
      // logs come from bench/dead-ends.sh, which keeps the frozen part's rows out of sight.)
      assertThat(ResultsReplay.replay(log, 1.0).size()).isLessThanOrEqualTo(repeats.size());
    }
    // A repeat in the car-prices log: "add reg_alpha=0.1 reg_lambda=1.5" discarded at line 11,
    // "reg_alpha=0.1 reg_lambda=1.5" tried again at line 15.
    ResultsLog car = ResultsLog.read(PaperData.autoresearchRuns().resolve("car-prices-xgboost.tsv"));
    List<RouteRepeat> carRepeats = ResultsReplay.replay(car);
    assertThat(carRepeats).anySatisfy(r -> {
      assertThat(r.row().line()).isEqualTo(15);
      assertThat(r.earlier().line()).isEqualTo(11);
      assertThat(r.score()).isEqualTo(1.0);
      assertThat(r.why()).isEqualTo("same setting `reg_alpha` = 0.1; same setting `reg_lambda` = 1.5 (discarded at line 11)");
    });
    // Line 37 "max_depth=9" lies between the kept max_depth=8 (line 7) and the discarded
    // max_depth=10 (line 27): a new value, not a repeat. Line 26 pushes n_estimators further up
    // from the kept 2000 (line 10) than line 25's discarded 3000.
    assertThat(carRepeats).noneMatch(r -> r.row().line() == 37);
    assertThat(carRepeats).anySatisfy(r -> {
      assertThat(r.row().line()).isEqualTo(26);
      assertThat(r.why()).contains("same setting `n_estimators` raised again from 2000, to 4000 (2000->3000 was ruled out)");
    });
    // Once "add car_age feature" was kept (line 12), car_age is no dead end: line 24 is no repeat.
    assertThat(carRepeats).anySatisfy(r -> assertThat(r.row().line()).isEqualTo(12));
    assertThat(carRepeats).noneMatch(r -> r.row().line() == 24);
  }
}
