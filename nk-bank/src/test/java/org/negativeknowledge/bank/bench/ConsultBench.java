package org.negativeknowledge.bank.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * when they run inline. The bank is opened {@code ROUNDS} times (system property {@code
 * bench.rounds}, default 4) per mode, alternating {@code -Dnk.wal-checkpoint=inline} (SQLite's own
 * auto-checkpoint in the committing connection, the baseline) and {@code background} (the
 * default), in the order inline, background, background, inline, ... so drift in the machine's
 * load falls on both; each opening warms up with one pass (two before the first) and measures one.
 * Prints each round and, per mode, the median p50 and p99 over the rounds and their ratio.
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
    System.out.println(String.format(Locale.ROOT, "%9s %6s %-11s %8s %10s %10s %8s",
        "entries", "round", "checkpoint", "consults", "p50 ms", "p99 ms", "shown"));
    List<String> contexts = null;
    for (int i = 2; i < args.length; i++) {
      int n = Integer.parseInt(args[i]);
      Path dir = work.resolve("bank-" + n);
      List<String> words = SearchBench.queries(work.resolve("synthetic-" + n + ".jsonl"), count * 3);
      contexts = new ArrayList<>();
      for (int q = 0; q < count; q++) {
        contexts.add(words.get(3 * q) + " " + words.get(3 * q + 1) + " " + words.get(3 * q + 2));
      }
      Map<String, List<double[]>> byMode = new LinkedHashMap<>();
      for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < MODES.size(); k++) {
          // inline, background | background, inline | inline, background ...
          String mode = MODES.get((r % 2 == 0) ? k : MODES.size() - 1 - k);
          System.setProperty(CHECKPOINT_PROPERTY, mode);
          int warmUps = r == 0 && k == 0 ? 2 : 1;
          double[] fig = round(dir, contexts, warmUps);
          byMode.computeIfAbsent(mode, m -> new ArrayList<>()).add(fig);
          System.out.println(String.format(Locale.ROOT, "%9d %6d %-11s %8d %10.2f %10.2f %8.1f",
              n, r + 1, mode, contexts.size(), fig[0], fig[1], fig[2]));
          System.out.flush();
        }
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

  /** One opening of the bank: warm-up passes, then one measured pass; p50, p99, entries shown per pass. */
  private static double[] round(Path dir, List<String> contexts, int warmUps) {
    try (Bank bank = Bank.open(dir.resolve("bank.db").toString(),
        OpenOptions.defaults().withIndexDirectory(dir.resolve("index")))) {
      ConsultationLedger ledger = bank.consultations();
      for (int pass = 0; pass < warmUps; pass++) {
        for (String c : contexts) {
          ledger.open("bench", c, null, 1500);
        }
      }
      double[] ms = new double[contexts.size()];
      long shown = 0;
      for (int q = 0; q < ms.length; q++) {
        long t = System.nanoTime();
        shown += ledger.open("bench", contexts.get(q), null, 1500).surfaced().size();
        ms[q] = (System.nanoTime() - t) / 1e6;
      }
      Latencies l = new Latencies(ms);
      return new double[] {l.p50(), l.p99(), (double) shown / ms.length};
    }
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
