package org.negativeknowledge.bank.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.OpenOptions;
import org.negativeknowledge.bank.consult.RouteSimilarity;
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
  void replayFindsRowsAnEarlierDiscardHadRuledOut() throws IOException {
    for (Path p : PaperData.resultsLogs()) {
      ResultsLog log = ResultsLog.read(p);
      List<RouteRepeat> repeats = ResultsReplay.replay(log, RouteSimilarity.DEFAULT_THRESHOLD);
      for (RouteRepeat r : repeats) {
        assertThat(r.earlier().line()).isLessThan(r.row().line());
        assertThat(r.earlier().ruledOut()).isTrue();
        assertThat(r.score()).isGreaterThanOrEqualTo(RouteSimilarity.DEFAULT_THRESHOLD);
      }
      // A higher threshold never finds more repeats.
      assertThat(ResultsReplay.replay(log, 1.0).size()).isLessThanOrEqualTo(repeats.size());
      StringBuilder sweep = new StringBuilder();
      for (double t : new double[] {0.4, 0.5, 0.6, 0.7, 0.8, 1.0}) {
        sweep.append(String.format(" %.1f:%d", t, ResultsReplay.replay(log, t).size()));
      }
      System.out.printf("replay %s: %d rows, %d repeats at the default %.2f; by threshold%s%n", log.name(),
          log.rows().size(), repeats.size(), RouteSimilarity.DEFAULT_THRESHOLD, sweep);
      repeats.forEach(r -> System.out.printf("  line %d (%s) %s  <-  line %d %s  [%.2f]%n", r.row().line(),
          r.row().status(), r.row().route(), r.earlier().line(), r.earlier().route(), r.score()));
    }
    // A repeat in the car-prices log: "add reg_alpha=0.1 reg_lambda=1.5" discarded at line 11,
    // "reg_alpha=0.1 reg_lambda=1.5" tried again at line 15 (score 0.8).
    ResultsLog car = ResultsLog.read(PaperData.autoresearchRuns().resolve("car-prices-xgboost.tsv"));
    assertThat(ResultsReplay.replay(car, RouteSimilarity.DEFAULT_THRESHOLD))
        .anySatisfy(r -> {
          assertThat(r.row().line()).isEqualTo(15);
          assertThat(r.earlier().line()).isEqualTo(11);
        });
  }
}
