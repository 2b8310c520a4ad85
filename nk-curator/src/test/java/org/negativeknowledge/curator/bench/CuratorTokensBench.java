package org.negativeknowledge.curator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.anthropic.AnthropicModelClient;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.curator.fake.FakeMessagesServer;
import org.negativeknowledge.curator.llm.CurationMode;
import org.negativeknowledge.curator.llm.LlmCurator;
import org.negativeknowledge.curator.replay.ReplayCase;
import org.negativeknowledge.curator.replay.ReplayModel;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.testing.PaperData;
import org.negativeknowledge.validation.ValidationLevel;

/**
 * Replays the paper's section-3 curator runs through the fake Messages server in both modes, once
 * at the reference validation level (the paper's rules: no repair turn) and once at the strict
 * level (the default: a record over a bound gets a repair turn; the fake model repeats its record,
 * so every such run pays the repair turn). Prints, per mode and record kind, the median
 * cl100k_base tokens of the exact request bodies sent and the median model round trips, beside the
 * paper's medians, and the share of input the prompt cache would serve. Run by {@code
 * bench/curator-tokens.sh}.
 */
public final class CuratorTokensBench {

  private static final Map<String, Integer> PAPER_MEDIAN = Map.of("depth1", 18_648, "round2", 18_648, "deep", 27_299);
  private static final ValidationLevel[] LEVELS = {ValidationLevel.REFERENCE, ValidationLevel.STRICT};

  /** One replayed curation. */
  private record Run(long sent, long trips, boolean repaired, long cacheRead, long input) {}

  private CuratorTokensBench() {}

  public static void main(String[] args) throws Exception {
    Path auditDir = args.length > 0 ? Path.of(args[0]) : PaperData.find("section3/curator_audit").orElse(null);
    if (auditDir == null || !Files.isDirectory(auditDir)) {
      System.err.println("curator audit folder not found (expected ../shared/nk-paper/section3/curator_audit); nothing to measure");
      System.exit(2);
    }
    Path work = Files.createTempDirectory("nk-curator-bench");
    Map<String, List<Run>> runs = new LinkedHashMap<>();
    Map<String, List<Long>> paperTokens = new LinkedHashMap<>();
    List<Path> audits = ReplayCase.auditFiles(auditDir);
    boolean terminal = System.console() != null;
    int done = 0;
    for (Path audit : audits) {
      JsonNode dispatch = NkJson.parseObject(Files.readString(audit)).path("dispatch");
      String kind = null;
      for (CurationMode mode : CurationMode.values()) {
        for (ValidationLevel level : LEVELS) {
          Path dir = work.resolve(mode.name() + "-" + level.name());
          ReplayCase c = ReplayCase.materialise(audit, dir);
          kind = c.kind();
          runs.computeIfAbsent(key(mode, level, c.kind()), k -> new ArrayList<>()).add(replay(c, mode, level, dir));
        }
      }
      paperTokens.computeIfAbsent(kind, k -> new ArrayList<>()).add(dispatch.path("tokens").asLong());
      done++;
      if (terminal) {
        System.err.printf("\rreplayed %d/%d runs (%s)   ", done, audits.size(), audit.getFileName());
      }
    }
    if (terminal) {
      System.err.println();
    }
    print(audits.size(), runs, paperTokens);
  }

  private static String key(CurationMode mode, ValidationLevel level, String kind) {
    return mode.name().toLowerCase(Locale.ROOT) + " " + kind + " " + level.name().toLowerCase(Locale.ROOT);
  }

  private static Run replay(ReplayCase c, CurationMode mode, ValidationLevel level, Path dir) {
    Path output = dir.resolve(c.name() + ".out.json");
    try (FakeMessagesServer server = FakeMessagesServer.start();
        AnthropicModelClient client = AnthropicModelClient.create(AnthropicSettings.fromEnv(Map.of())
            .withBaseUrl(server.baseUrl()).withApiKey("bench-key")
            .withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1)))) {
      server.respondWith(mode == CurationMode.INLINE
          ? ReplayModel.inline(c.expected())
          : ReplayModel.tools(List.copyOf(c.inputs().values()), output, c.expected()));
      LlmCurator curator = LlmCurator.builder(client).mode(mode).outputPath(output).validationLevel(level).build();
      CurationResult r = switch (c.kind()) {
        case "deep" -> curator.curateDeep(c.task(), c.rounds());
        case "round2" -> curator.curateRound2(c.task(), c.priorRecord(), c.rounds().get(0));
        default -> curator.curateDepth1(c.task(), c.rounds().get(0));
      };
      long sent = server.requests().stream().mapToLong(q -> FakeMessagesServer.tokens(q.body())).sum();
      return new Run(sent, r.usage().modelCalls(), r.attempts().size() > 1, r.usage().cacheReadTokens(),
          r.usage().inputTokens());
    }
  }

  private static void print(int cases, Map<String, List<Run>> runs, Map<String, List<Long>> paperTokens) {
    System.out.printf("curator token bench: %d paper curator runs replayed through the fake Messages API (real SDK)%n", cases);
    System.out.println("tokens = cl100k_base count of the exact request bodies sent, summed over the curation's requests;");
    System.out.println("reference = the paper's validation rules (no repair turn); strict = the default level, where the");
    System.out.println("paper records that exceed a bound get one repair turn (the fake model repeats its record).");
    System.out.printf("%-7s %-7s %4s | %-27s | %-48s | %6s %8s%n", "", "", "",
        "reference (no repair)", "strict (with repair turns)", "cache", "paper");
    System.out.printf("%-7s %-7s %4s | %9s %5s %11s | %9s %5s %8s %11s %10s | %6s %8s%n", "mode", "kind", "runs",
        "tokens", "trips", "% of paper", "tokens", "trips", "repaired", "% of paper", "(repaired)", "reads", "median");
    for (CurationMode mode : CurationMode.values()) {
      for (String kind : List.of("depth1", "deep", "round2")) {
        List<Run> ref = runs.get(key(mode, ValidationLevel.REFERENCE, kind));
        List<Run> strict = runs.get(key(mode, ValidationLevel.STRICT, kind));
        if (ref == null) {
          continue;
        }
        long paper = PAPER_MEDIAN.get(kind);
        long refTokens = median(ref.stream().map(Run::sent).toList());
        long strictTokens = median(strict.stream().map(Run::sent).toList());
        long repaired = strict.stream().filter(Run::repaired).count();
        long repairedTokens = median(strict.stream().filter(Run::repaired).map(Run::sent).toList());
        long cacheRead = strict.stream().mapToLong(Run::cacheRead).sum();
        long input = strict.stream().mapToLong(Run::input).sum();
        System.out.printf("%-7s %-7s %4d | %9d %5d %10.1f%% | %9d %5d %5d/%-2d %10.1f%% %9.1f%% | %5.0f%% %8d  %s%n",
            mode.name().toLowerCase(Locale.ROOT), kind, ref.size(),
            refTokens, median(ref.stream().map(Run::trips).toList()), 100.0 * refTokens / paper,
            strictTokens, median(strict.stream().map(Run::trips).toList()), repaired, strict.size(),
            100.0 * strictTokens / paper, 100.0 * repairedTokens / paper, input == 0 ? 0.0 : 100.0 * cacheRead / input,
            median(paperTokens.get(kind)), bar(100.0 * strictTokens / paper));
      }
    }
    System.out.println("% of paper = median tokens / the paper's median per record (spec: 18,648 depth-1 and round-2,"
        + " 27,299 deep); (repaired) = the same over the runs that took a repair turn; paper median = the"
        + " audits' own median");
    System.out.println("cache reads = share of the strict runs' input tokens a prompt cache serves (tools mode marks the"
        + " end of each request; inline sends one prompt and no resend)");
    System.out.println("bar: strict tokens as % of the paper's median, one # per 5 %, '|' at the 40 % goal");
  }

  private static String bar(double percent) {
    int n = (int) Math.round(percent / 5);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.max(n, 9) && i < 60; i++) {
      sb.append(i < n ? '#' : ' ');
      if (i == 7) {
        sb.append('|');
      }
    }
    return sb.toString().stripTrailing();
  }

  static long median(List<Long> values) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Long> s = new ArrayList<>(values);
    s.sort(Comparator.naturalOrder());
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
