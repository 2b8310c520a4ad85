package org.negativeknowledge.bank.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * one such context (the dense ranking's added cost per consultation). Run with {@code
 * -Dnk.embeddings=off} for banks whose entries have no vectors yet (embedding a million entries
 * takes hours on two cores), so the figure is BM25, collapse, rendering and the ledger.
 *
 * <p>Arguments: WORKDIR QUERIES N [N...]
 */
public final class ConsultBench {

  private ConsultBench() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    System.out.println(String.format(Locale.ROOT, "%9s %8s %10s %10s %8s", "entries", "consults", "p50 ms", "p99 ms", "shown"));
    List<String> contexts = null;
    for (int i = 2; i < args.length; i++) {
      int n = Integer.parseInt(args[i]);
      Path dir = work.resolve("bank-" + n);
      List<String> words = SearchBench.queries(work.resolve("synthetic-" + n + ".jsonl"), count * 3);
      contexts = new ArrayList<>();
      for (int q = 0; q < count; q++) {
        contexts.add(words.get(3 * q) + " " + words.get(3 * q + 1) + " " + words.get(3 * q + 2));
      }
      try (Bank bank = Bank.open(dir.resolve("bank.db").toString(),
          OpenOptions.defaults().withIndexDirectory(dir.resolve("index")))) {
        ConsultationLedger ledger = bank.consultations();
        long shown = 0;
        for (int pass = 0; pass < 2; pass++) {
          for (String c : contexts) {
            shown += ledger.open("bench", c, null, 1500).surfaced().size();
          }
        }
        double[] ms = new double[contexts.size()];
        for (int q = 0; q < ms.length; q++) {
          long t = System.nanoTime();
          shown += ledger.open("bench", contexts.get(q), null, 1500).surfaced().size();
          ms[q] = (System.nanoTime() - t) / 1e6;
        }
        Latencies l = new Latencies(ms);
        System.out.println(String.format(Locale.ROOT, "%9d %8d %10.2f %10.2f %8.1f", n, ms.length, l.p50(), l.p99(),
            shown / (3.0 * ms.length)));
      }
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
}
