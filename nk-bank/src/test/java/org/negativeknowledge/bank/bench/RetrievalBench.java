package org.negativeknowledge.bank.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.OpenOptions;
import org.negativeknowledge.bank.bench.RetrievalJudgements.Step;
import org.negativeknowledge.bank.bench.RetrievalJudgements.Study;
import org.negativeknowledge.bank.consult.Consultation;
import org.negativeknowledge.bank.search.SearchFilters;
import org.negativeknowledge.bank.search.SearchQuery;

/**
 * Consultation recall against the paper's relevance judgements: for every experiment step of the
 * section-4 and appendix sessions that cited or rejected bank entries, one consultation (context:
 * the step's method, IC and parameters plus the task text; the study's domain) at each budget, and
 * how many of the entries the agent engaged with (cited or rejected) and cited the block showed,
 * beside a random order of the same bank rendered the same way. Once with the study's own bank,
 * once with distractors added (the other study's bank and generated records of other domains).
 * Steps are split into a fitted part and a frozen part ({@code bench/retrieval-split.tsv}).
 *
 * <p>Arguments: PAPER_DIR LABELS_TSV SPLIT_TSV WORK_DIR [--fitted-only] [--distractors N]
 * [--budgets 800,1500,3000] [--misses]. {@code --misses} lists, for the fitted steps only (the
 * frozen part is never listed), each engaged entry a consultation at the largest budget missed,
 * with the domains of the entries it showed instead.
 */
public final class RetrievalBench {

  private static final long SEED = 20260513L;

  private RetrievalBench() {}

  public static void main(String[] args) throws Exception {
    Path paper = Path.of(args[0]);
    Path labels = Path.of(args[1]);
    Path splitFile = Path.of(args[2]);
    Path work = Path.of(args[3]);
    boolean fittedOnly = false;
    boolean misses = false;
    int distractors = 10_000;
    List<Integer> budgets = List.of(800, 1500, 3000);
    for (int i = 4; i < args.length; i++) {
      switch (args[i]) {
        case "--fitted-only" -> fittedOnly = true;
        case "--misses" -> misses = true;
        case "--distractors" -> distractors = Integer.parseInt(args[++i]);
        case "--budgets" -> budgets = java.util.Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Map<String, String> split = readSplit(splitFile);
    Files.createDirectories(work);
    Path generated = work.resolve("distractors-" + distractors + ".jsonl");
    if (!Files.exists(generated)) {
      DistractorEntries.write(generated, distractors, SEED);
    }
    List<String> parts = fittedOnly ? List.of("fitted") : List.of("fitted", "frozen");
    for (boolean withDistractors : new boolean[] {false, true}) {
      System.out.println();
      System.out.println(withDistractors
          ? "== with distractors: the study's bank + the other study's bank + " + distractors + " generated records of other domains"
          : "== the study's own bank");
      System.out.println(String.format(Locale.ROOT, "%-9s %-6s %6s %5s %9s %9s %8s %9s %7s %9s %8s",
          "study", "part", "budget", "steps", "engaged", "cited", "shown", "bank tok", "% bank", "random", "ms/call"));
      for (Study study : Study.values()) {
        List<Step> steps = RetrievalJudgements.steps(paper, study, labels);
        Path dir = work.resolve(study.label() + (withDistractors ? "-distracted" : "-own"));
        deleteRecursively(dir);
        Files.createDirectories(dir);
        try (Bank bank = Bank.open(dir.resolve("bank.db").toString(),
            OpenOptions.defaults().withIndexDirectory(dir.resolve("index")))) {
          importStudy(bank, paper, study);
          if (withDistractors) {
            importStudy(bank, paper, study == Study.SECTION4 ? Study.APPENDIX : Study.SECTION4);
            bank.importEntries(List.of(generated), ImportOptions.defaults());
          }
          long t0 = System.nanoTime();
          bank.reindex();
          double seconds = (System.nanoTime() - t0) / 1e9;
          if (withDistractors) {
            System.out.println(String.format(Locale.ROOT, "(%s: nk bank reindex of %d entries with their vectors: %.1f s, %.0f entries/s)",
                study.label(), bank.size(), seconds, bank.size() / seconds));
          }
          List<BankEntry> all = bank.search(SearchQuery.all().withLimit(Integer.MAX_VALUE - 1)
              .withFilters(SearchFilters.activeOnly())).hits().stream().map(h -> h.entry()).toList();
          int bankTokens = BenchRendering.wholeBankTokens(all);
          for (String part : parts) {
            List<Step> mine = steps.stream().filter(s -> part.equals(split.getOrDefault(study.label() + "\t" + s.task(), "fitted"))).toList();
            if (mine.isEmpty()) {
              continue;
            }
            for (int budget : budgets) {
              boolean list = misses && "fitted".equals(part) && budget == budgets.get(budgets.size() - 1);
              Row row = run(bank, all, mine, budget, list);
              System.out.println(String.format(Locale.ROOT, "%-9s %-6s %6d %5d %8.0f%% %8.0f%% %8.0f %9d %6.1f%% %8.0f%% %8.1f",
                  study.label(), part, budget, mine.size(), 100 * row.engaged, 100 * row.cited, row.tokens, bankTokens,
                  100 * row.tokens / bankTokens, 100 * row.random, row.millis));
            }
          }
        }
      }
    }
    System.out.println();
    System.out.println("engaged / cited: mean over steps of the share of the entries the agent cited or rejected (engaged), or cited");
    System.out.println("(over the steps that cited any),");
    System.out.println("that the consultation showed; shown: mean tokens of the block; bank tok: the whole bank rendered in full;");
    System.out.println("random: the same bank in a random order (seeded per step), rendered the same way within the budget.");
  }

  private record Row(double engaged, double cited, double tokens, double random, double millis) {}

  private static Row run(Bank bank, List<BankEntry> all, List<Step> steps, int budget, boolean listMisses) {
    double engaged = 0;
    double cited = 0;
    int citing = 0;
    double tokens = 0;
    double random = 0;
    long nanos = 0;
    for (Step s : steps) {
      long t0 = System.nanoTime();
      Consultation c = bank.consultations().open(s.task(), s.context(), s.study().domain(), budget);
      nanos += System.nanoTime() - t0;
      Set<String> shown = new HashSet<>(c.entryIds());
      engaged += share(s.engaged(), shown);
      if (listMisses) {
        printMisses(bank, s, c);
      }
      if (!s.cited().isEmpty()) {
        cited += share(s.cited(), shown);
        citing++;
      }
      tokens += c.memory().tokens();
      List<BankEntry> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, new Random(SEED + s.experiment().hashCode() + s.session().hashCode()));
      random += share(s.engaged(), BenchRendering.shownIds(shuffled, budget));
    }
    int n = steps.size();
    return new Row(engaged / n, citing == 0 ? Double.NaN : cited / citing, tokens / n, random / n, nanos / 1e6 / n);
  }

  private static void printMisses(Bank bank, Step s, Consultation c) {
    List<String> missed = s.engaged().stream().filter(id -> !c.entryIds().contains(id)).sorted().toList();
    if (missed.isEmpty()) {
      return;
    }
    Map<String, Integer> domains = new java.util.TreeMap<>();
    for (String id : c.entryIds()) {
      domains.merge(bank.get(id).map(e -> String.valueOf(e.domain())).orElse("?"), 1, Integer::sum);
    }
    System.out.println("  miss " + s.session() + " " + s.experiment() + ": " + missed.size() + " of " + s.engaged().size()
        + " engaged; shown " + c.entryIds().size() + " by domain " + domains);
    for (String id : missed) {
      System.out.println("    - " + id + " (" + bank.get(id).map(e -> String.valueOf(e.domain())).orElse("?") + ")");
    }
  }

  private static double share(Set<String> wanted, Set<String> shown) {
    if (wanted.isEmpty()) {
      return 1;
    }
    long hit = wanted.stream().filter(shown::contains).count();
    return (double) hit / wanted.size();
  }

  private static void importStudy(Bank bank, Path paper, Study study) {
    ImportOptions options = ImportOptions.defaults().withSource(study.label());
    if (study == Study.SECTION4) {
      options = options.withDomain(study.domain());
    }
    bank.importEntries(study.bankPaths(paper), options);
  }

  private static Map<String, String> readSplit(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (l.isBlank() || l.startsWith("#") || l.startsWith("study\t")) {
        continue;
      }
      String[] c = l.split("\t");
      if (c.length != 3 || !(c[2].equals("fitted") || c[2].equals("frozen"))) {
        throw new IllegalArgumentException(file.getFileName() + ": expected study<TAB>task<TAB>fitted|frozen, got: " + l);
      }
      out.put(c[0] + "\t" + c[1], c[2]);
    }
    return out;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
