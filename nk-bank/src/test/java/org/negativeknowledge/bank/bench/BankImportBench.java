package org.negativeknowledge.bank.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.OpenOptions;
import org.negativeknowledge.bank.search.SearchIndex;

/**
 * Import throughput of the bank: for each size N, generates N synthetic entries of about 700
 * characters, imports them into a fresh SQLite bank (one transaction, batched prepared
 * statements), then brings the Lucene index up to date, and prints entries per second for the
 * store, the index and both together. The banks stay in {@code WORKDIR/bank-N/} for the search
 * half of {@code bench/bank.sh}.
 *
 * <p>Usage: {@code BankImportBench WORKDIR N [N...]}
 */
public final class BankImportBench {
  private BankImportBench() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(Locale.ROOT, "load average at start: %.2f on %d cores (other work on the machine slows wall-clock figures; cpu s is this process only)%n",
        os.getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    System.out.printf(Locale.ROOT, "%-9s %9s %8s %8s %10s %8s %8s %10s %14s%n",
        "entries", "avg chars", "store s", "cpu s", "store/s", "index s", "cpu s", "index/s", "store+index/s");
    for (int n : sizes) {
      Path dir = work.resolve("bank-" + n);
      deleteTree(dir);
      Files.createDirectories(dir);
      Path input = work.resolve("synthetic-" + n + ".jsonl");
      if (!Files.exists(input)) {
        SyntheticEntries.write(input, n, 42);
      }
      double avgChars = (double) Files.size(input) / n;
      Path db = dir.resolve("bank.db");
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      ImportReport report;
      try (Bank bank = Bank.open(db.toString(), OpenOptions.defaults().withIndexOnWrite(false))) {
        report = bank.importEntries(List.of(input), ImportOptions.defaults());
      }
      long t1 = System.nanoTime();
      long c1 = os.getProcessCpuTime();
      if (report.imported() != n) {
        throw new IllegalStateException("expected " + n + " imported, got " + report.summary());
      }
      try (Bank bank = Bank.open(db.toString(), OpenOptions.defaults().withIndexOnWrite(false));
          SearchIndex index = SearchIndex.open(dir.resolve("index"), bank.changes())) {
        if (index.appliedSequence() != n) {
          throw new IllegalStateException("index applied " + index.appliedSequence() + " of " + n);
        }
      }
      long t2 = System.nanoTime();
      long c2 = os.getProcessCpuTime();
      double store = (t1 - t0) / 1e9;
      double idx = (t2 - t1) / 1e9;
      System.out.printf(Locale.ROOT, "%-9d %9.0f %8.1f %8.1f %10.0f %8.1f %8.1f %10.0f %14.0f%n",
          n, avgChars, store, (c1 - c0) / 1e9, n / store, idx, (c2 - c1) / 1e9, n / idx, n / (store + idx));
      System.out.flush();
    }
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
