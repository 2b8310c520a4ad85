package org.negativeknowledge.curator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.anthropic.AnthropicModelClient;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.curator.fake.FakeMessagesServer;
import org.negativeknowledge.curator.llm.CurationMode;
import org.negativeknowledge.curator.llm.LlmCurator;
import org.negativeknowledge.testing.PaperData;
import org.negativeknowledge.curator.replay.ReplayCase;
import org.negativeknowledge.curator.replay.ReplayModel;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.ValidationLevel;
import org.negativeknowledge.validation.Validator;

/**
 * Replays the paper's section-3 curator runs through the fake Messages server in both modes and
 * prints, per mode and record kind, the median cl100k_base tokens of the exact request bodies sent
 * and the median model round trips, beside the paper's medians. Run by {@code bench/curator-tokens.sh}.
 */
public final class CuratorTokensBench {

  private static final Map<String, Integer> PAPER_MEDIAN = Map.of("depth1", 18_648, "round2", 18_648, "deep", 27_299);

  private CuratorTokensBench() {}

  public static void main(String[] args) throws Exception {
    Path auditDir = args.length > 0 ? Path.of(args[0]) : PaperData.find("section3/curator_audit").orElse(null);
    if (auditDir == null || !Files.isDirectory(auditDir)) {
      System.err.println("curator audit folder not found (expected ../shared/nk-paper/section3/curator_audit); nothing to measure");
      System.exit(2);
    }
    Path work = Files.createTempDirectory("nk-curator-bench");
    Map<String, List<Long>> tokens = new LinkedHashMap<>();
    Map<String, List<Long>> trips = new LinkedHashMap<>();
    Map<String, List<Long>> paperTokens = new LinkedHashMap<>();
    Map<String, List<Long>> paperTools = new LinkedHashMap<>();
    int cases = 0;
    Validator strict = Validator.of(TaxonomyProfile.core(), ValidationLevel.STRICT);
    Map<String, Integer> strictIssues = new LinkedHashMap<>();
    for (Path audit : ReplayCase.auditFiles(auditDir)) {
      JsonNode dispatch = NkJson.parseObject(Files.readString(audit)).path("dispatch");
      for (CurationMode mode : CurationMode.values()) {
        ReplayCase c = ReplayCase.materialise(audit, work.resolve(mode.name()));
        if (mode == CurationMode.INLINE) {
          paperTokens.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(dispatch.path("tokens").asLong());
          paperTools.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(dispatch.path("tool_uses").asLong());
          cases++;
        }
        Path output = work.resolve(mode.name()).resolve(c.name() + ".out.json");
        try (FakeMessagesServer server = FakeMessagesServer.start();
            AnthropicModelClient client = AnthropicModelClient.create(AnthropicSettings.fromEnv(Map.of())
                .withBaseUrl(server.baseUrl()).withApiKey("bench-key")
                .withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1)))) {
          server.respondWith(mode == CurationMode.INLINE
              ? ReplayModel.inline(c.expected())
              : ReplayModel.tools(List.copyOf(c.inputs().values()), output, c.expected()));
          // The paper's records were written to the paper's (reference) rules; at strict level some
          // exceed a length bound and a fake that can only repeat them would force a repair turn.
          LlmCurator curator = LlmCurator.builder(client).mode(mode).outputPath(output)
              .validationLevel(ValidationLevel.REFERENCE).build();
          if (mode == CurationMode.INLINE && !strict.validateNk(c.expected(), c.kind().equals("deep") ? c.rounds().size() : 1).valid()) {
            strictIssues.merge(c.kind(), 1, Integer::sum);
          }
          CurationResult r = switch (c.kind()) {
            case "deep" -> curator.curateDeep(c.task(), c.rounds());
            case "round2" -> curator.curateRound2(c.task(), c.priorRecord(), c.rounds().get(0));
            default -> curator.curateDepth1(c.task(), c.rounds().get(0));
          };
          long sent = server.requests().stream().mapToLong(q -> FakeMessagesServer.tokens(q.body())).sum();
          String key = mode.name().toLowerCase() + " " + c.kind();
          tokens.computeIfAbsent(key, k -> new ArrayList<>()).add(sent);
          trips.computeIfAbsent(key, k -> new ArrayList<>()).add((long) r.usage().modelCalls());
        }
      }
    }
    System.out.printf("curator token bench: %d paper curator runs replayed through the fake Messages API (real SDK)%n", cases);
    System.out.println("tokens = cl100k_base count of the exact request bodies sent, summed over the curation's requests");
    System.out.printf("%-8s %-7s %5s %15s %12s %20s %14s %10s%n",
        "mode", "kind", "runs", "median tokens", "round trips", "paper median (spec)", "paper (audits)", "ratio");
    for (var e : tokens.entrySet()) {
      String[] mk = e.getKey().split(" ");
      long med = median(e.getValue());
      long paperSpec = PAPER_MEDIAN.get(mk[1]);
      long paperAudit = median(paperTokens.get(mk[1]));
      System.out.printf("%-8s %-7s %5d %15d %12d %20d %14d %9.1f%%%n",
          mk[0], mk[1], e.getValue().size(), med, median(trips.get(e.getKey())), paperSpec, paperAudit,
          100.0 * med / paperSpec);
    }
    System.out.println("paper median tool calls per run (audits): " + paperTools.entrySet().stream()
        .map(x -> x.getKey() + " " + median(x.getValue())).toList());
    System.out.println("validation level of the replay: reference (the paper's rules); paper records with strict-level"
        + " issues, which would cost one repair turn at strict level: " + strictIssues);
    System.out.println("goal: inline <= 40% of the paper's median (18,648 depth-1, 27,299 depth-3) in one round trip");
  }

  static long median(List<Long> values) {
    List<Long> s = new ArrayList<>(values);
    s.sort(Comparator.naturalOrder());
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
