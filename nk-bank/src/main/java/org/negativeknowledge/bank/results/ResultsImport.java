package org.negativeknowledge.bank.results;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;

/**
 * Imports a results log into a bank: each keep, discard and crash row becomes one entry ({@link
 * ResultsCuration}), all in one transaction. Re-importing the same log adds nothing (ids and
 * content are deterministic).
 */
public final class ResultsImport {
  private ResultsImport() {}

  /**
   * What an import did.
   *
   * @param report the bank's import report
   * @param negative rows that became negative entries
   * @param positive rows that became positive entries
   * @param skipped rows of another status
   * @param diffs code artifacts attached from git
   */
  public record Summary(ImportReport report, int negative, int positive, int skipped, int diffs) {}

  /**
   * Curates and imports every row of {@code log}.
   *
   * @param domain the entries' domain; null means the log's file stem
   * @param git where commits' diffs come from, or null for none. A row naming the same commit as
   *     the last kept row gets no diff: the change it tried was never committed, and the commit's
   *     patch is the kept state it started from.
   */
  public static Summary run(Bank bank, ResultsLog log, String domain, GitDiffs git) throws IOException {
    String d = domain != null && !domain.isBlank() ? domain : log.stem();
    List<ObjectNode> records = new ArrayList<>();
    ResultsRow lastKept = null;
    int neg = 0;
    int pos = 0;
    int skipped = 0;
    int diffs = 0;
    for (ResultsRow row : log.rows()) {
      Optional<String> diff = Optional.empty();
      boolean ownCommit = lastKept == null || !lastKept.commit().equals(row.commit()) || row.kept();
      if (git != null && ownCommit) {
        diff = git.diff(row.commit());
      }
      Optional<ObjectNode> entry = ResultsCuration.entry(log, row, lastKept, d, diff);
      if (entry.isEmpty()) {
        skipped++;
      } else {
        records.add(entry.get());
        if (row.kept()) {
          pos++;
        } else {
          neg++;
        }
        if (diff.isPresent()) {
          diffs++;
        }
      }
      if (row.kept()) {
        lastKept = row;
      }
    }
    ImportReport report = bank.importRecords(records, log.name(), ImportOptions.defaults().withSource(log.name()).withDomain(d));
    return new Summary(report, neg, pos, skipped, diffs);
  }
}
