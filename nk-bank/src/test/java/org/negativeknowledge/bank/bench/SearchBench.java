package org.negativeknowledge.bank.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.OpenOptions;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.record.NkJson;

/**
 * Search latency of the bank (Lucene, through {@link Bank#search}) against SQLite FTS5 ({@code
 * porter unicode61}, {@code bm25()} ordering) over the same entries, in one run. Uses the banks
 * and inputs {@link BankImportBench} left in {@code WORKDIR}: {@code bank-N/} and {@code
 * synthetic-N.jsonl}. Builds the FTS5 table from the same JSONL (timed), then runs a fixed set of
 * 4-term OR queries (words in 0.2 % to 5 % of the entries, taken from the data) three times to
 * warm up and once measured, top 10 each, and prints p50 / p99 side by side with the ratio.
 *
 * <p>Usage: {@code SearchBench WORKDIR QUERIES N [N...]}
 */
public final class SearchBench {

  private SearchBench() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    int queryCount = Integer.parseInt(args[1]);
    System.out.printf(Locale.ROOT, "%-9s %8s %11s %11s %11s %11s %9s %9s %10s%n",
        "entries", "queries", "lucene p50", "lucene p99", "fts5 p50", "fts5 p99", "p50 x", "p99 x", "fts5 build");
    for (int i = 2; i < args.length; i++) {
      int n = Integer.parseInt(args[i]);
      Path input = work.resolve("synthetic-" + n + ".jsonl");
      Path bankDb = work.resolve("bank-" + n).resolve("bank.db");
      if (!Files.exists(input) || !Files.exists(bankDb)) {
        throw new IllegalStateException("run BankImportBench for " + n + " entries first (" + input + ")");
      }
      List<String> queries = queries(input, queryCount);

      Latencies lucene;
      try (Bank bank = Bank.open(bankDb.toString(), OpenOptions.defaults().withIndexOnWrite(false))) {
        lucene = measure(queries, q -> bank.search(SearchQuery.of(q).withLimit(10)).hits().size());
      }

      Path ftsFile = work.resolve("fts5-" + n + ".db");
      Files.deleteIfExists(ftsFile);
      Latencies fts;
      double buildS;
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ftsFile)) {
        long t0 = System.nanoTime();
        buildFts(c, input);
        buildS = (System.nanoTime() - t0) / 1e9;
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT rowid, task_id, bm25(nk_fts) FROM nk_fts WHERE nk_fts MATCH ?"
                + " ORDER BY bm25(nk_fts) LIMIT 10")) {
          fts = measure(queries, q -> {
            ps.setString(1, String.join(" OR ", q.split(" ")));
            int hits = 0;
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                hits++;
              }
            }
            return hits;
          });
        }
      }
      System.out.printf(Locale.ROOT, "%-9d %8d %8.2f ms %8.2f ms %8.2f ms %8.2f ms %8.1fx %8.1fx %8.1f s%n",
          n, queries.size(), lucene.p50(), lucene.p99(), fts.p50(), fts.p99(),
          fts.p50() / lucene.p50(), fts.p99() / lucene.p99(), buildS);
      System.out.flush();
    }
    System.out.println("(p50 x / p99 x: how many times longer FTS5 takes than Lucene)");
  }

  interface QueryRunner {
    int run(String query) throws Exception;
  }

  private static final int WARM_UP_PASSES = 3;

  /**
   * Warm-up passes over all queries (so the JIT has compiled the hot paths and the files are in
   * the page cache), then one measured pass.
   */
  private static Latencies measure(List<String> queries, QueryRunner runner) throws Exception {
    long hits = 0;
    for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
      for (String q : queries) {
        hits += runner.run(q);
      }
    }
    double[] ms = new double[queries.size()];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      hits += runner.run(queries.get(i));
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    if (hits == 0) {
      throw new IllegalStateException("no query matched anything: the benchmark data is broken");
    }
    return new Latencies(ms);
  }

  private static final int SAMPLE = 5000;
  private static final double MIN_DF = 0.002;
  private static final double MAX_DF = 0.05;

  /**
   * Fixed 4-word queries drawn with a fixed seed from the words of middling document frequency:
   * in 0.2 % to 5 % of the first 5,000 entries, like the specific technical words an agent's
   * query holds (split on non-letters, so both engines see them as words).
   */
  static List<String> queries(Path input, int count) throws IOException {
    Map<String, Integer> df = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      for (int i = 0; i < SAMPLE && (line = r.readLine()) != null; i++) {
        ObjectNode o = NkJson.parseObject(line);
        Set<String> seen = new HashSet<>();
        for (String f : new String[] {"attempted_route", "observation", "rationale", "recommended_alternative"}) {
          for (String w : o.path(f).asText().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() > 2) {
              seen.add(w);
            }
          }
        }
        seen.forEach(w -> df.merge(w, 1, Integer::sum));
      }
    }
    List<String> pool = new ArrayList<>();
    df.forEach((w, n) -> {
      if (n >= SAMPLE * MIN_DF && n <= SAMPLE * MAX_DF) {
        pool.add(w);
      }
    });
    pool.sort(null);
    if (pool.isEmpty()) {
      throw new IllegalStateException("no words of middling frequency in " + input);
    }
    Random random = new Random(7);
    List<String> out = new ArrayList<>();
    for (int q = 0; q < count; q++) {
      StringBuilder s = new StringBuilder();
      for (int k = 0; k < 4; k++) {
        s.append(k == 0 ? "" : " ").append(pool.get(random.nextInt(pool.size())));
      }
      out.add(s.toString());
    }
    return out;
  }

  private static void buildFts(Connection c, Path input) throws SQLException, IOException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=NORMAL");
      s.execute("CREATE VIRTUAL TABLE nk_fts USING fts5(task_id UNINDEXED, attempted_route,"
          + " observation, rationale, recommended_alternative, tokenize='porter unicode61')");
    }
    c.setAutoCommit(false);
    try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        PreparedStatement ps = c.prepareStatement("INSERT INTO nk_fts(task_id, attempted_route,"
            + " observation, rationale, recommended_alternative) VALUES (?, ?, ?, ?, ?)")) {
      String line;
      long i = 0;
      while ((line = r.readLine()) != null) {
        ObjectNode o = NkJson.parseObject(line);
        ps.setString(1, o.path("task_id").asText());
        ps.setString(2, o.path("attempted_route").asText());
        ps.setString(3, o.path("observation").asText());
        ps.setString(4, o.path("rationale").asText());
        ps.setString(5, o.path("recommended_alternative").asText());
        ps.addBatch();
        if (++i % 10_000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    c.commit();
    c.setAutoCommit(true);
  }
}
