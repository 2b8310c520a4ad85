package org.negativeknowledge.app.results;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.results.GitDiffs;
import org.negativeknowledge.bank.results.ResultsImport;
import org.negativeknowledge.bank.results.ResultsLog;
import org.negativeknowledge.bank.results.ResultsReplay;
import org.negativeknowledge.bank.results.RouteRepeat;

/**
 * AutoResearch results logs ({@code results.tsv}) as use cases: import their rows as entries, and
 * replay them to find the rows that repeat a route an earlier row had ruled out.
 */
public final class ResultLogs {
  private final Bank bank; // null: replay only

  /** Results-log use cases over {@code bank} (null: only {@link #replay}). */
  public ResultLogs(Bank bank) {
    this.bank = bank;
  }

  /**
   * Imports every row of {@code log}: discarded and crashed rows as negative entries, kept rows as
   * positive ones.
   *
   * @param git where commits' diffs come from, or null
   */
  public ResultsImport.Summary importLog(ResultsLog log, String domain, GitDiffs git) throws IOException {
    Objects.requireNonNull(bank, "a bank is needed to import");
    return ResultsImport.run(bank, log, domain, git);
  }

  /** The rows of {@code log} that repeat a route an earlier discarded or crashed row had ruled out. */
  public static List<RouteRepeat> replay(ResultsLog log, double threshold) {
    return ResultsReplay.replay(log, threshold);
  }
}
