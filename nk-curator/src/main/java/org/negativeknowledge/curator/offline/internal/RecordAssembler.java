package org.negativeknowledge.curator.offline.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negativeknowledge.curator.signature.PythonTraceback;

/** Builds the record objects (depth-1, round-2 and deep) from round facts and the rules' verdict. */
public final class RecordAssembler {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern LIB_IN_PATH = Pattern.compile("(?:site|dist)-packages/(\\w+)");

  private RecordAssembler() {}

  /** A depth-1 record for one round. */
  public static ObjectNode depth1(String taskId, RoundFacts f, TaxonomyVerdict verdict) {
    ObjectNode r = JSON.objectNode();
    r.put("task_id", taskId);
    r.put("attempted_route", SignatureProse.route(f));
    r.put("observation", SignatureProse.observation(f));
    r.set("failure", verdict.toFailureJson());
    r.put("rationale", RationaleProse.rationale(f));
    r.put("recommended_alternative", AlternativeProse.alternative(f));
    return r;
  }

  /** A round-2 record: depth-1 fields plus {@code round: 2} and {@code relationship_to_round1}. */
  public static ObjectNode round2(String taskId, JsonNode round1Record, RoundFacts f, TaxonomyVerdict verdict) {
    ObjectNode r = depth1(taskId, f, verdict);
    ObjectNode out = JSON.objectNode();
    out.put("task_id", taskId);
    out.put("round", 2);
    r.properties().forEach(e -> {
      if (!e.getKey().equals("task_id")) {
        out.set(e.getKey(), e.getValue());
      }
    });
    out.put("relationship_to_round1", relationship(round1Record, f));
    return out;
  }

  /**
   * How round 2 relates to round 1: further along than round 1 got means the round-1 recipe was
   * correct but insufficient; the same exception again (or less far) means the recipe was wrong;
   * a different failure at the same stage is a new failure mode.
   */
  static String relationship(JsonNode round1Record, RoundFacts f) {
    String layer1 = round1Record.path("failure").path("layer").asText("");
    String obs1 = round1Record.path("observation").asText("") + " " + round1Record.path("rationale").asText("");
    int stage1 = switch (layer1) {
      case "communication_failure" -> 1;
      case "method_failure", "hypothesis_failure", "measurement_failure" -> 2;
      default -> 0;
    };
    int stage2 = Math.min(f.roundClass().stage(), 2);
    if (stage2 > stage1) {
      return "round1_recipe_was_correct_but_insufficient";
    }
    if (stage2 < stage1) {
      return "round1_recipe_was_wrong";
    }
    Optional<String> type2 =
        f.signature().traceback().or(() -> f.signature().eval().traceback()).map(PythonTraceback::simpleType);
    if (type2.isPresent() && obs1.contains(type2.get())) {
      return "round1_recipe_was_wrong";
    }
    return "new_failure_mode_unrelated_to_round1";
  }

  /**
   * A deep record over N >= 2 rounds. Rounds that reached their target (the evaluator passed them,
   * or their own goal flag is true) are summarised as such and never ruled out; the diagnosis,
   * rationale and alternative are about the rounds that failed, and when a round reached the target
   * its route is the alternative.
   */
  public static ObjectNode deep(String taskId, List<RoundFacts> rounds, TaxonomyVerdict verdict) {
    ObjectNode r = JSON.objectNode();
    r.put("task_id", taskId);
    r.put("depth", rounds.size());
    ArrayNode summary = r.putArray("rounds_summary");
    List<String> routes = new ArrayList<>();
    for (RoundFacts f : rounds) {
      ObjectNode s = summary.addObject();
      s.put("round", f.round());
      String route = SignatureProse.route(f);
      routes.add(route);
      s.put("attempted_route", route);
      s.put("observation", SignatureProse.observation(f));
    }
    List<String> ruledOut = ruledOut(rounds, routes);
    ArrayNode ro = r.putArray("ruled_out_routes");
    ruledOut.forEach(ro::add);
    RoundFacts reference = referenceRound(rounds);
    r.put("synthesised_diagnosis", diagnosis(rounds, reference));
    r.set("failure", verdict.toFailureJson());
    r.put("rationale", RationaleProse.rationale(reference));
    String alternative = AlternativeProse.alternative(reference);
    for (int i = rounds.size() - 1; i >= 0; i--) {
      if (rounds.get(i).roundClass().succeeded()) {
        alternative = BoundedText.fit("Follow round " + rounds.get(i).round() + "'s route, which "
            + SignatureProse.shortFailure(rounds.get(i)) + ": " + routes.get(i), SignatureProse.ALTERNATIVE_MAX);
        break;
      }
    }
    for (String route : ruledOut) {
      if (normalise(route).equals(normalise(alternative))) {
        alternative = BoundedText.fit("Not the ruled-out route: " + alternative, SignatureProse.ALTERNATIVE_MAX);
      }
    }
    r.put("recommended_alternative", alternative);
    return r;
  }

  /**
   * One entry per failed round's route with how it failed, de-duplicated; at least two entries. A
   * round that reached its target is never listed. When fewer than two distinct failed routes
   * exist, the entries are numbered per failed round, and a single failed round adds the one
   * further route its failure does rule out: running it again unchanged.
   */
  static List<String> ruledOut(List<RoundFacts> rounds, List<String> routes) {
    List<Integer> failed = new ArrayList<>();
    for (int i = 0; i < rounds.size(); i++) {
      if (!rounds.get(i).roundClass().succeeded()) {
        failed.add(i);
      }
    }
    if (failed.isEmpty()) {
      for (int i = 0; i < rounds.size(); i++) {
        failed.add(i);
      }
    }
    Map<String, String> byRoute = new LinkedHashMap<>();
    for (int i : failed) {
      String entry = BoundedText.fit(routes.get(i), 130) + " — failed: " + SignatureProse.shortFailure(rounds.get(i));
      byRoute.putIfAbsent(normalise(routes.get(i)), BoundedText.fit(entry, 200));
    }
    List<String> entries = new ArrayList<>(byRoute.values());
    if (entries.size() < 2) {
      entries.clear();
      for (int i : failed) {
        entries.add(BoundedText.fit("round " + rounds.get(i).round() + ": " + BoundedText.fit(routes.get(i), 120)
            + " — failed: " + SignatureProse.shortFailure(rounds.get(i)), 200));
      }
    }
    if (entries.size() < 2) {
      int i = failed.get(0);
      entries.add(BoundedText.fit("re-running round " + rounds.get(i).round() + "'s code unchanged: its failure ("
          + SignatureProse.shortFailure(rounds.get(i)) + ") follows from the code and inputs, not from chance", 200));
    }
    return entries;
  }

  /** Of the rounds that failed: the latest round of the most frequent recurring failure, else the last one. */
  public static RoundFacts referenceRound(List<RoundFacts> all) {
    List<RoundFacts> rounds = all.stream().filter(f -> !f.roundClass().succeeded()).toList();
    if (rounds.isEmpty()) {
      rounds = all;
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    rounds.forEach(f -> counts.merge(f.signature().signatureKey(), 1, Integer::sum));
    int best = counts.values().stream().max(Integer::compare).orElse(1);
    if (best < 2) {
      return rounds.get(rounds.size() - 1);
    }
    RoundFacts ref = rounds.get(rounds.size() - 1);
    for (RoundFacts f : rounds) {
      if (counts.get(f.signature().signatureKey()) == best) {
        ref = f;
      }
    }
    return ref;
  }

  /**
   * One mechanism over the failed rounds: the failure that recurs, or the library all failures
   * share; rounds that reached their target are named as such.
   */
  static String diagnosis(List<RoundFacts> all, RoundFacts reference) {
    List<RoundFacts> rounds = all.stream().filter(f -> !f.roundClass().succeeded()).toList();
    List<Integer> reached = all.stream().filter(f -> f.roundClass().succeeded()).map(RoundFacts::round).toList();
    if (rounds.isEmpty()) {
      rounds = all;
      reached = List.of();
    }
    StringBuilder b = new StringBuilder();
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    rounds.forEach(f -> byKey.computeIfAbsent(f.signature().signatureKey(), k -> new ArrayList<>()).add(f.round()));
    List<Integer> recurring = byKey.get(reference.signature().signatureKey());
    if (rounds.size() == 1) {
      b.append("Round ").append(rounds.get(0).round()).append(" failed (")
          .append(SignatureProse.shortFailure(rounds.get(0))).append("). ");
    } else if (recurring != null && recurring.size() >= 2) {
      b.append(recurring.size() == all.size() ? "All " + all.size() + " rounds" : "Rounds " + joinRounds(recurring))
          .append(" failed the same way (").append(SignatureProse.shortFailure(reference)).append("). ");
    } else {
      b.append(reached.isEmpty() ? "Each round failed differently (" : "The failed rounds failed differently (");
      List<String> parts = new ArrayList<>();
      for (RoundFacts f : rounds) {
        parts.add("r" + f.round() + ": " + BoundedText.clip(SignatureProse.shortFailure(f), 60));
      }
      b.append(String.join("; ", parts)).append("). ");
    }
    if (!reached.isEmpty()) {
      b.append(reached.size() == 1 ? "Round " + reached.get(0) : "Rounds " + joinRounds(reached))
          .append(" reached the target, so ").append(reached.size() == 1 ? "its route is" : "their routes are")
          .append(" not ruled out. ");
    }
    Optional<String> lib = rounds.size() >= 2 ? sharedLibrary(rounds) : Optional.empty();
    lib.ifPresent(l -> b.append("Every failure involves ").append(l)
        .append(": the code's assumptions about its installed API or outputs do not hold. "));
    Set<RoundClass> classes = new LinkedHashSet<>();
    rounds.forEach(f -> classes.add(f.roundClass()));
    if (rounds.size() >= 2 && classes.size() == 1 && lib.isEmpty()) {
      b.append("Every failed round stopped at the same stage (").append(stageName(reference.roundClass())).append("). ");
    }
    b.append(RationaleProse.rationale(reference));
    return BoundedText.fit(b.toString(), SignatureProse.DIAGNOSIS_MAX);
  }

  private static Optional<String> sharedLibrary(List<RoundFacts> rounds) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (RoundFacts f : rounds) {
      Set<String> libs = new LinkedHashSet<>();
      f.failingCalls().forEach(c -> libs.add(c.library()));
      f.signature().missingModule().ifPresent(m -> libs.add(m.split("\\.")[0]));
      f.signature().traceback().flatMap(PythonTraceback::innermostFrame).ifPresent(fr -> {
        Matcher m = LIB_IN_PATH.matcher(fr.file().replace('\\', '/'));
        if (m.find()) {
          libs.add(m.group(1));
        }
      });
      libs.forEach(l -> counts.merge(l, 1, Integer::sum));
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() == rounds.size())
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static String stageName(RoundClass c) {
    return switch (c.stage()) {
      case 0 -> "the run stopped before producing output";
      case 1 -> "the evaluator could not use the output";
      default -> "the output was evaluated and found wrong";
    };
  }

  private static String joinRounds(List<Integer> rounds) {
    List<String> s = new ArrayList<>();
    rounds.forEach(n -> s.add(Integer.toString(n)));
    if (s.size() == 2) {
      return s.get(0) + " and " + s.get(1);
    }
    return String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.get(s.size() - 1);
  }

  private static String normalise(String s) {
    return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
