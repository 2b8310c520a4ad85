package org.negativeknowledge.bank.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.negativeknowledge.bank.embed.EmbeddingRouteSimilarity;
import org.negativeknowledge.bank.embed.MiniLmEmbedder;
import org.negativeknowledge.bank.results.ResultsLog;
import org.negativeknowledge.bank.results.ResultsRow;
import org.negativeknowledge.bank.route.RouteMatcher;

/**
 * In-process cost of one dead-end check (a route against every ruled-out route of the unjudged
 * AutoResearch logs) with and without the embedding model, as a running server or MCP process pays
 * it: the model's load once, then per check, each check with a fresh matcher (its own cache of
 * vectors, as {@code check-route} makes one per call). Medians over rounds after a warm-up round.
 *
 * <p>Usage: {@code DeadEndLatency RUNS_DIR [ROUNDS]}.
 */
public final class DeadEndLatency {
  private static final List<String> LOGS = List.of("car-prices-xgboost.tsv", "nanochat-robustness.tsv");
  private static final List<String> ROUTES = List.of("max_depth=10", "add car_age feature and target encoding",
      "matrix_lr 0.04->0.08 with longer warmup", "weight decay 1.0->2.0", "SwiGLU MLP again with lr 0.02");

  private DeadEndLatency() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: DeadEndLatency RUNS_DIR [ROUNDS]");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    List<String> ruledOut = new ArrayList<>();
    for (String name : LOGS) {
      for (ResultsRow r : ResultsLog.read(Path.of(args[0]).resolve(name)).rows()) {
        if (r.ruledOut()) {
          ruledOut.add(r.route());
        }
      }
    }
    long start = System.nanoTime();
    MiniLmEmbedder.shared().embed("warm up");
    System.out.printf(Locale.ROOT, "model load and first text: %.0f ms%n", (System.nanoTime() - start) / 1e6);
    double[] off = new double[rounds];
    double[] on = new double[rounds];
    for (int round = -1; round < rounds; round++) {
      double a = perCheck(ruledOut, false);
      double b = perCheck(ruledOut, true);
      if (round >= 0) {
        off[round] = a;
        on[round] = b;
      }
      System.err.print('.');
    }
    System.err.println();
    System.out.printf(Locale.ROOT, "one check against %d ruled-out routes, median of %d rounds of %d routes:%n",
        ruledOut.size(), rounds, ROUTES.size());
    System.out.printf(Locale.ROOT, "  without the model: %.1f ms%n  with the model:    %.1f ms%n  ratio: %.2f%n",
        median(off), median(on), median(on) / median(off));
  }

  private static double perCheck(List<String> ruledOut, boolean model) {
    long start = System.nanoTime();
    for (String route : ROUTES) {
      RouteMatcher m = model ? RouteMatcher.standard().withEmbedding(EmbeddingRouteSimilarity.of(MiniLmEmbedder.shared()))
          : RouteMatcher.standard();
      for (String r : ruledOut) {
        m.match(route, r);
      }
    }
    return (System.nanoTime() - start) / 1e6 / ROUTES.size();
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
