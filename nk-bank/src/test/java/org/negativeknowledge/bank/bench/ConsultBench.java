package org.negativeknowledge.bank.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Locale;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.OpenOptions;
import org.negativeknowledge.bank.consult.ConsultationLedger;
import org.negativeknowledge.bank.embed.MiniLmEmbedder;
import org.negativeknowledge.bank.embed.TextEmbedder;

/**
 * Consultation latency in process over the banks {@link BankImportBench} left in {@code WORKDIR}
 * ({@code bank-N/}): {@code ConsultationLedger.open} at a 1,500-token budget (candidate search,
 * sibling collapse, two-tier rendering and the ledger's insert), for contexts of 12 words of
 * middling frequency, after warm-up passes; then, apart, how long the embedding model takes to embed
 * one context (the dense ranking's added cost per consultation). Run with {@code
 * -Dnk.embeddings=off} for banks whose entries have no vectors yet (embedding a million entries
 * takes hours on two cores), so the figure is BM25, collapse, rendering and the ledger.
 *
 * <p>Each consultation writes its ledger rows, so SQLite's WAL checkpoints fall on the consultations
 * when they run inline. To compare {@code -Dnk.wal-checkpoint=inline} (SQLite's own
 * auto-checkpoint in the committing connection, the baseline) with {@code background} (the
 * default) under the same machine load, two copies of the bank are open at once, {@code bank-N/}
 * and {@code bank-N-twin/} (copied from the first on first use and kept in WORKDIR), one in each
 * mode, and the consultations alternate between them one by one (A B, B A, ...). Each of {@code
 * ROUNDS} rounds (system property {@code bench.rounds}, default 4) reopens both with the modes
 * swapped between the copies, warms up with one pass (two in the first) and measures one; the
 * figures are each round's p50/p99 per mode and their medians over the rounds, with the ratio,
 * and the size of each copy's WAL file after the measured pass (how large it grew).
 *
 * <p>Arguments: WORKDIR QUERIES N [N...]
 */
public final class ConsultBench {
  private static final String CHECKPOINT_PROPERTY = "nk.wal-checkpoint";
  private static final List<String> MODES = List.of("inline", "background");

  private ConsultBench() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    int rounds = Integer.getInteger("bench.rounds", 4);
    String before = System.getProperty(CHECKPOINT_PROPERTY);
    System.out.println(String.format(Locale.ROOT, "%9s %6s %-11s %-6s %8s %10s %10s %8s %8s",
        "entries", "round", "checkpoint", "copy", "consults", "p50 ms", "p99 ms", "shown", "WAL MB"));
    List<String> contexts = null;
    for (int i = 2; i < args.length; i++) {
      int n = Integer.parseInt(args[i]);
      Path dir = work.resolve("bank-" + n);
      Path twin = work.resolve("bank-" + n + "-twin");
      if (!Files.exists(twin.resolve("bank.db"))) {
        copyTree(dir, twin);
      }
      List<String> words = SearchBench.queries(work.resolve("synthetic-" + n + ".jsonl"), count * 3);
      contexts = new ArrayList<>();
      for (int q = 0; q < count; q++) {
        contexts.add(words.get(3 * q) + " " + words.get(3 * q + 1) + " " + words.get(3 * q + 2));
      }
      Map<String, List<double[]>> byMode = new LinkedHashMap<>();
      for (int r = 0; r < rounds; r++) {
        // round 1: bank-N inline, twin background; round 2 the other way round; ...
        List<Path> copies = r % 2 == 0 ? List.of(dir, twin) : List.of(twin, dir);
        List<double[]> figs = round(copies, contexts, r == 0 ? 2 : 1);
        for (int k = 0; k < MODES.size(); k++) {
          double[] fig = figs.get(k);
          byMode.computeIfAbsent(MODES.get(k), m -> new ArrayList<>()).add(fig);
          System.out.println(String.format(Locale.ROOT, "%9d %6d %-11s %-6s %8d %10.2f %10.2f %8.1f %8.1f",
              n, r + 1, MODES.get(k), copies.get(k).equals(dir) ? "bank" : "twin", contexts.size(),
              fig[0], fig[1], fig[2], fig[3]));
        }
        System.out.flush();
      }
      double[] base = medians(byMode.get("inline"));
      double[] bg = medians(byMode.get("background"));
      System.out.println(String.format(Locale.ROOT,
          "%d entries, median over %d rounds: inline p50 %.2f ms, p99 %.2f ms; background p50 %.2f ms, p99 %.2f ms"
              + " (background/inline: p50 %.2f, p99 %.2f)",
          n, rounds, base[0], base[1], bg[0], bg[1], bg[0] / base[0], bg[1] / base[1]));
    }
    if (before == null) {
      System.clearProperty(CHECKPOINT_PROPERTY);
    } else {
      System.setProperty(CHECKPOINT_PROPERTY, before);
    }
    TextEmbedder model = MiniLmEmbedder.shared();
    long t0 = System.nanoTime();
    model.embed("warm up the model");
    double loadMs = (System.nanoTime() - t0) / 1e6;
    for (String c : contexts) {
      model.embed(c);
    }
    double[] ms = new double[contexts.size()];
    for (int q = 0; q < ms.length; q++) {
      long t = System.nanoTime();
      model.embed(contexts.get(q));
      ms[q] = (System.nanoTime() - t) / 1e6;
    }
    Latencies l = new Latencies(ms);
    System.out.println(String.format(Locale.ROOT,
        "embedding one context (%s): p50 %.2f ms, p99 %.2f ms; model load and first text %.0f ms",
        model.model(), l.p50(), l.p99(), loadMs));
  }

  /**
   * Opens {@code copies.get(k)} with checkpoint mode {@code MODES.get(k)}, runs the warm-up passes
   * and one measured pass, consultations alternating between the copies; per mode: p50, p99,
   * entries shown per consultation and the WAL file's size in MB after the pass.
   */
  private static List<double[]> round(List<Path> copies, List<String> contexts, int warmUps) {
    List<Bank> banks = new ArrayList<>();
    try {
      for (int k = 0; k < MODES.size(); k++) {
        System.setProperty(CHECKPOINT_PROPERTY, MODES.get(k));
        Path dir = copies.get(k);
        banks.add(Bank.open(dir.resolve("bank.db").toString(),
            OpenOptions.defaults().withIndexDirectory(dir.resolve("index"))));
      }
      List<ConsultationLedger> ledgers = banks.stream().map(Bank::consultations).toList();
      for (int pass = 0; pass < warmUps; pass++) {
        for (String c : contexts) {
          for (ConsultationLedger ledger : ledgers) {
            ledger.open("bench", c, null, 1500);
          }
        }
      }
      int m = MODES.size();
      double[][] ms = new double[m][contexts.size()];
      long[] shown = new long[m];
      for (int q = 0; q < contexts.size(); q++) {
        for (int j = 0; j < m; j++) {
          int k = q % 2 == 0 ? j : m - 1 - j; // A B, B A, A B, ...
          long t = System.nanoTime();
          shown[k] += ledgers.get(k).open("bench", contexts.get(q), null, 1500).surfaced().size();
          ms[k][q] = (System.nanoTime() - t) / 1e6;
        }
      }
      List<double[]> figs = new ArrayList<>();
      for (int k = 0; k < m; k++) {
        Latencies l = new Latencies(ms[k]);
        Path wal = copies.get(k).resolve("bank.db-wal");
        double walMb = Files.exists(wal) ? Files.size(wal) / 1048576.0 : 0;
        figs.add(new double[] {l.p50(), l.p99(), (double) shown[k] / contexts.size(), walMb});
      }
      return figs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (Bank b : banks) {
        b.close();
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Path partial = to.resolveSibling(to.getFileName() + ".partial");
    if (Files.exists(partial)) {
      try (Stream<Path> walk = Files.walk(partial)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Files.copy(p, partial.resolve(from.relativize(p).toString()));
      }
    }
    Files.move(partial, to);
  }

  private static double[] medians(List<double[]> figures) {
    double[] p50 = figures.stream().mapToDouble(f -> f[0]).sorted().toArray();
    double[] p99 = figures.stream().mapToDouble(f -> f[1]).sorted().toArray();
    return new double[] {median(p50), median(p99)};
  }

  private static double median(double[] sorted) {
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }
}
