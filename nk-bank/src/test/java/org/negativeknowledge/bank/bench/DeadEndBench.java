package org.negativeknowledge.bank.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.negativeknowledge.bank.consult.RouteSimilarity;
import org.negativeknowledge.bank.results.ResultsLog;
import org.negativeknowledge.bank.results.ResultsReplay;
import org.negativeknowledge.bank.results.ResultsRow;
import org.negativeknowledge.bank.route.Change;
import org.negativeknowledge.bank.route.RouteChange;
import org.negativeknowledge.bank.route.RouteMatcher;

/**
 * Precision and recall of the dead-end check against the judged repeats of the AutoResearch logs
 * ({@code <name>.repeats.tsv}), per log and pooled, for the tuning and the frozen part of {@code
 * bench/dead-ends-split.tsv} separately, for the change-reading {@link RouteMatcher} (through {@link
 * ResultsReplay}, as {@code nk import-results --replay} runs it) and, in the same run, for the
 * word-overlap baseline ({@link RouteSimilarity}, Dice of word sets at {@value
 * RouteSimilarity#DEFAULT_THRESHOLD}, the check before the matcher).
 *
 * <p>A row is <em>flagged</em> when the replay reports it; a <em>hit</em> is a flagged row the
 * judgement file lists (the match is on the row). Precision = hits / flagged, recall = hits / judged.
 * Separately, <em>earlier</em> counts the hits whose named earlier row is one of the judged earlier
 * lines. A row belongs to the part that holds its own line.
 *
 * <p>Usage: {@code DeadEndBench RUNS_DIR SPLIT_FILE [--tuning-only] [--details] [--read LOG_NAME]}.
 * {@code --tuning-only} leaves the frozen part's figures out (for use while designing); {@code
 * --details} lists every hit, false alarm and miss of the tuning part with the matcher's reasons;
 * {@code --read} prints the changes read from each row of one log. Neither ever prints a row of the
 * frozen part: its figure is only honest while nobody designing the matcher has looked at it.
 */
public final class DeadEndBench {
  private DeadEndBench() {}

  private record Flag(int line, int earlier, String why) {}

  /** Counts of one log part for one matcher. */
  private static final class Counts {
    int judged;
    int flagged;
    int hits;
    int earlierRight;

    void add(Counts o) {
      judged += o.judged;
      flagged += o.flagged;
      hits += o.hits;
      earlierRight += o.earlierRight;
    }

    String row() {
      return String.format(Locale.ROOT, "%7d %5d %6s %6s %7s", flagged, hits, pct(hits, flagged), pct(hits, judged),
          hits == 0 ? "-" : earlierRight + "/" + hits);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: DeadEndBench RUNS_DIR SPLIT_FILE [--tuning-only] [--details] [--read LOG_NAME]");
      System.exit(2);
    }
    Path runs = Path.of(args[0]);
    DeadEndSplit split = DeadEndSplit.read(Path.of(args[1]));
    boolean details = List.of(args).contains("--details");
    boolean tuningOnly = List.of(args).contains("--tuning-only");
    int readAt = List.of(args).indexOf("--read");
    if (readAt >= 0) {
      printChanges(runs.resolve(args[readAt + 1]), split);
      return;
    }
    RouteMatcher matcher = org.negativeknowledge.bank.embed.Embeddings.routeMatcher();
    System.out.printf(Locale.ROOT, "dead-end check against judged repeats in %s (split %s)%n", runs, args[1]);
    System.out.printf(Locale.ROOT, "new = change-reading RouteMatcher (threshold %.2f, %s); old = word-overlap Dice"
        + " (threshold %.2f)%n", matcher.threshold(), matcher.judgesMeaning() ? "with the embedding model"
        : "without the embedding model", RouteSimilarity.DEFAULT_THRESHOLD);
    System.out.println("hit = flagged row that is judged a repeat; P = hits/flagged, R = hits/judged;"
        + " earlier = hits naming a judged earlier line");
    System.out.println();
    String head = String.format(Locale.ROOT, "%7s %5s %6s %6s %7s", "flagged", "hits", "P", "R", "earlier");
    System.out.printf(Locale.ROOT, "%-26s %-7s %6s | new %s | old %s%n", "log", "part", "judged", head, head);
    Map<String, Counts[]> pooled = new LinkedHashMap<>();
    for (String part : DeadEndSplit.PARTS) {
      pooled.put(part, new Counts[] {new Counts(), new Counts()});
    }
    List<String> detailLines = new ArrayList<>();
    for (Path logFile : judgedLogs(runs)) {
      ResultsLog log = ResultsLog.read(logFile);
      JudgedRepeats judged = JudgedRepeats.besideLog(logFile).orElseThrow();
      List<Flag> fresh = ResultsReplay.replay(log, matcher).stream()
          .map(r -> new Flag(r.row().line(), r.earlier().line(), r.why())).toList();
      List<Flag> old = WordOverlapReplay.replay(log, RouteSimilarity.DEFAULT_THRESHOLD);
      for (String part : partsOf(log, split)) {
        if (tuningOnly && !part.equals("tuning")) {
          continue;
        }
        Counts n = count(log, part, split, judged, fresh);
        Counts o = count(log, part, split, judged, old);
        System.out.printf(Locale.ROOT, "%-26s %-7s %6d | new %s | old %s%n", log.stem(), part, n.judged, n.row(), o.row());
        if (pooled.containsKey(part)) {
          pooled.get(part)[0].add(n);
          pooled.get(part)[1].add(o);
        }
      }
      if (details) {
        detailLines.addAll(details(log, split, judged, fresh));
      }
    }
    Counts[] all = {new Counts(), new Counts()};
    for (Map.Entry<String, Counts[]> e : pooled.entrySet()) {
      if (tuningOnly && !e.getKey().equals("tuning")) {
        continue;
      }
      Counts[] c = e.getValue();
      all[0].add(c[0]);
      all[1].add(c[1]);
      System.out.printf(Locale.ROOT, "%-26s %-7s %6d | new %s | old %s%n", "pooled", e.getKey(), c[0].judged, c[0].row(), c[1].row());
    }
    if (!tuningOnly) {
      System.out.printf(Locale.ROOT, "%-26s %-7s %6d | new %s | old %s%n", "pooled", "all", all[0].judged, all[0].row(), all[1].row());
    }
    if (details) {
      System.out.println();
      System.out.println("tuning part, new matcher: + hit, ! false alarm, - miss (frozen rows are never listed)");
      detailLines.forEach(System.out::println);
    }
  }

  private static List<Path> judgedLogs(Path runs) throws IOException {
    try (Stream<Path> s = Files.list(runs)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tsv") && !p.getFileName().toString().endsWith(".repeats.tsv"))
          .filter(p -> Files.isRegularFile(p.resolveSibling(p.getFileName().toString().replace(".tsv", ".repeats.tsv"))))
          .sorted().toList();
    }
  }

  private static List<String> partsOf(ResultsLog log, DeadEndSplit split) {
    List<String> out = new ArrayList<>();
    for (ResultsRow r : log.rows()) {
      String p = split.partOf(log.stem(), r.line()).orElse("unsplit");
      if (!out.contains(p)) {
        out.add(p);
      }
    }
    out.sort((a, b) -> Integer.compare(order(a), order(b)));
    return out;
  }

  private static int order(String part) {
    int i = DeadEndSplit.PARTS.indexOf(part);
    return i < 0 ? DeadEndSplit.PARTS.size() : i;
  }

  private static Counts count(ResultsLog log, String part, DeadEndSplit split, JudgedRepeats judged, List<Flag> flags) {
    Counts c = new Counts();
    for (JudgedRepeats.Judged j : judged.repeats().values()) {
      if (inPart(log, j.line(), part, split)) {
        c.judged++;
      }
    }
    for (Flag f : flags) {
      if (!inPart(log, f.line(), part, split)) {
        continue;
      }
      c.flagged++;
      JudgedRepeats.Judged j = judged.repeats().get(f.line());
      if (j != null) {
        c.hits++;
        if (j.earlierLines().contains(f.earlier())) {
          c.earlierRight++;
        }
      }
    }
    return c;
  }

  private static boolean inPart(ResultsLog log, int line, String part, DeadEndSplit split) {
    return split.partOf(log.stem(), line).orElse("unsplit").equals(part);
  }

  private static List<String> details(ResultsLog log, DeadEndSplit split, JudgedRepeats judged, List<Flag> flags) {
    List<String> out = new ArrayList<>();
    Map<Integer, Flag> byLine = new LinkedHashMap<>();
    flags.forEach(f -> byLine.put(f.line(), f));
    for (ResultsRow r : log.rows()) {
      if (!inPart(log, r.line(), "tuning", split)) {
        continue;
      }
      Flag f = byLine.get(r.line());
      JudgedRepeats.Judged j = judged.repeats().get(r.line());
      if (f == null && j == null) {
        continue;
      }
      String mark = f != null && j != null ? "+" : f != null ? "!" : "-";
      out.add(String.format(Locale.ROOT, "%s %s:%d %s", mark, log.stem(), r.line(), r.route()));
      if (f != null) {
        out.add("      matcher: " + f.why());
      }
      if (j != null) {
        out.add("      judged:  lines " + j.earlierLines() + " " + j.why());
      }
    }
    return out;
  }

  private static void printChanges(Path logFile, DeadEndSplit split) throws IOException {
    ResultsLog log = ResultsLog.read(logFile);
    boolean judged = JudgedRepeats.besideLog(logFile).isPresent();
    RouteMatcher matcher = RouteMatcher.standard();
    int hidden = 0;
    for (ResultsRow r : log.rows()) {
      Optional<String> part = split.partOf(log.stem(), r.line());
      if (judged && !part.orElse("").equals("tuning")) {
        hidden++;
        continue;
      }
      RouteChange c = matcher.read(r.route());
      System.out.printf(Locale.ROOT, "%d %s: %s%n", r.line(), r.status(), r.route());
      for (Change x : c.changes()) {
        System.out.printf(Locale.ROOT, "    %s names=%s heads=%s qual=%s detail=%s attr=%s%n", x.describe(), x.names(),
            x.heads(), x.qualifier(), x.detail(), x.attribute());
      }
    }
    if (hidden > 0) {
      System.out.println("(" + hidden + " rows outside the tuning part not shown)");
    }
  }

  private static String pct(int a, int b) {
    return b == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * a / b);
  }

  /** The dead-end replay before the change-reading matcher: Dice overlap of route word sets. */
  static final class WordOverlapReplay {
    private WordOverlapReplay() {}

    static List<Flag> replay(ResultsLog log, double threshold) {
      List<ResultsRow> ruledOut = new ArrayList<>();
      List<Flag> out = new ArrayList<>();
      for (ResultsRow row : log.rows()) {
        ResultsRow best = null;
        double bestScore = 0;
        for (ResultsRow earlier : ruledOut) {
          double s = RouteSimilarity.score(row.route(), earlier.route());
          if (s >= threshold && s > bestScore) {
            best = earlier;
            bestScore = s;
          }
        }
        if (best != null) {
          out.add(new Flag(row.line(), best.line(), String.format(Locale.ROOT, "word overlap %.2f", bestScore)));
        }
        if (row.ruledOut()) {
          ruledOut.add(row);
        }
      }
      return out;
    }
  }
}
