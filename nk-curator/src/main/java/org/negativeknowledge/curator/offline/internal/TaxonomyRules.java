package org.negativeknowledge.curator.offline.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.curator.signature.EvalScore;
import org.negativeknowledge.curator.signature.FailureMarker;

/**
 * Chooses the five facets from round facts by fixed rules over the signature, the eval log and the
 * code. The rules (the same for every task; no task is special-cased):
 *
 * <ul>
 *   <li>layer: a run that stopped before output (crash, timeout, kill, missing module) is an
 *       implementation failure; a run whose output the evaluator could not read or match is a
 *       communication failure on a first attempt, and an implementation failure in a follow-up
 *       round (the expected output form was already known, so the code writing it is at fault); a
 *       run whose own output is degenerate is an implementation failure; a run evaluated and
 *       scored below the bar is a method failure. Deep: the layer most rounds share, ties going to
 *       implementation.
 *   <li>scope: a resource limit, a partial score or a missing module that recurs across rounds is
 *       regime-bound; everything else local.
 *   <li>degree: partial score is partial; environment and API-version failures, resource limits and
 *       rejected output forms are artifact-driven; assumptions about data or code contradicted by
 *       the run (keys, shapes, types, values, a False verdict) are contradicted; no verdict is
 *       inconclusive.
 *   <li>recommended_action: a first-attempt code or output-form bug is a retry; a missing module,
 *       a resource limit, a scored-but-wrong result, a follow-up round or a deep record asks to
 *       change the method.
 *   <li>risk: nothing produced is a low-risk omission; output that looks like progress but is
 *       wrong (scored, degenerate) is high-risk false progress; the rest medium-risk drift.
 * </ul>
 */
public final class TaxonomyRules {

  private TaxonomyRules() {}

  /**
   * Facets for one round.
   *
   * @param facts the round
   * @param followUp true when the round was made knowing an earlier failure (round 2 with a
   *     round-1 record, or any round after the first)
   */
  public static TaxonomyVerdict forRound(RoundFacts facts, boolean followUp) {
    Map<String, String> rules = new HashMap<>();
    String layer = layer(facts, followUp, rules);
    String scope = scope(facts, rules);
    String degree = degree(facts, rules);
    String action = action(facts, followUp, rules);
    String risk = risk(facts, followUp, rules);
    return new TaxonomyVerdict(layer, scope, degree, action, risk, rules);
  }

  /** Facets for a deep record over N >= 2 rounds. */
  public static TaxonomyVerdict forRounds(List<RoundFacts> rounds) {
    Map<String, String> rules = new HashMap<>();
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (RoundFacts r : rounds) {
      votes.merge(layer(r, r.round() > 1, new HashMap<>()), 1, Integer::sum);
    }
    int best = votes.values().stream().max(Integer::compare).orElse(0);
    String layer =
        votes.getOrDefault("implementation_failure", 0) == best
            ? "implementation_failure"
            : votes.entrySet().stream().filter(e -> e.getValue() == best).reduce((a, b) -> b).orElseThrow().getKey();
    rules.put("layer", "deep: layer shared by most rounds " + votes + ", ties to implementation_failure");

    RoundFacts last = rounds.get(rounds.size() - 1);
    String scope = "local_failure";
    rules.put("scope", "deep: default local");
    Map<String, Integer> missing = new HashMap<>();
    boolean resource = false;
    for (RoundFacts r : rounds) {
      r.signature().missingModule().ifPresent(m -> missing.merge(m, 1, Integer::sum));
      resource |= r.roundClass() == RoundClass.RESOURCE_LIMIT;
    }
    if (missing.values().stream().anyMatch(n -> n >= 2)) {
      scope = "regime_bound_failure";
      rules.put("scope", "deep: the same missing module recurs, the route is bound to the environment");
    } else if (resource && last.roundClass() == RoundClass.RESOURCE_LIMIT) {
      scope = "regime_bound_failure";
      rules.put("scope", "deep: the last round hit a resource limit");
    } else if (partialScore(last)) {
      scope = "regime_bound_failure";
      rules.put("scope", "deep: the last round was partly right");
    }

    String degree = partialScore(last) ? "partial" : "artifact_driven";
    rules.put("degree", partialScore(last)
        ? "deep: the last round was partly right"
        : "deep: several fixes failed on the same environment or output artifacts");
    rules.put("recommended_action", "deep: the route failed over several rounds");
    String risk = partialScore(last) ? "high_risk_false_progress" : "medium_risk_drift";
    rules.put("risk", partialScore(last) ? "deep: partly right output looks like progress" : "deep: repeated failures drift");
    return new TaxonomyVerdict(layer, scope, degree, "change_method", risk, rules);
  }

  /** The layer of one round (see the class doc). */
  static String layer(RoundFacts f, boolean followUp, Map<String, String> rules) {
    switch (f.roundClass()) {
      case ENVIRONMENT_CRASH, CODE_CRASH, RESOURCE_LIMIT, UNEXPLAINED_EXIT -> {
        rules.put("layer", "the run stopped before producing output");
        return "implementation_failure";
      }
      case EVALUATOR_REJECTED -> {
        if (followUp) {
          rules.put("layer", "follow-up round: the evaluator still could not read the output, the code writing it is wrong");
          return "implementation_failure";
        }
        rules.put("layer", "the run completed but the evaluator could not read or match its output");
        return "communication_failure";
      }
      case DEGENERATE_OUTPUT -> {
        rules.put("layer", "the program's own output is degenerate");
        return "implementation_failure";
      }
      case SCORED_BELOW_BAR, DIVERGED, PASSED -> {
        rules.put("layer", "the output was evaluated and scored below the bar (or diverged numerically)");
        return "method_failure";
      }
      default -> {
        rules.put("layer", "completed without a verdict: nothing points beyond the code");
        return "implementation_failure";
      }
    }
  }

  private static String scope(RoundFacts f, Map<String, String> rules) {
    if (f.roundClass() == RoundClass.RESOURCE_LIMIT) {
      rules.put("scope", "a resource limit binds the route to this problem size");
      return "regime_bound_failure";
    }
    if (partialScore(f)) {
      rules.put("scope", "partly right: the method holds on some items only");
      return "regime_bound_failure";
    }
    rules.put("scope", "default: the failure is local to this attempt");
    return "local_failure";
  }

  private static String degree(RoundFacts f, Map<String, String> rules) {
    var s = f.signature();
    switch (f.roundClass()) {
      case ENVIRONMENT_CRASH, RESOURCE_LIMIT, EVALUATOR_REJECTED -> {
        rules.put("degree", "environment, resource or output-form artifact");
        return "artifact_driven";
      }
      case CODE_CRASH -> {
        if (s.has(FailureMarker.MISSING_API) || (s.has(FailureMarker.CALL_SIGNATURE_MISMATCH)
            && s.traceback().map(t -> t.message().contains("unexpected keyword")).orElse(false))) {
          rules.put("degree", "the installed library's API differs from the one the code assumes");
          return "artifact_driven";
        }
        rules.put("degree", "the code's assumption (keys, shapes, types, arguments) was contradicted by the run");
        return "contradicted";
      }
      case DEGENERATE_OUTPUT -> {
        rules.put("degree", "the program's own output contradicts a working pipeline");
        return "contradicted";
      }
      case SCORED_BELOW_BAR -> {
        EvalScore score = s.eval().score().orElse(null);
        if (score != null && score.partial()) {
          rules.put("degree", "partly right score");
          return "partial";
        }
        if (score != null && score.raw().equals("False")) {
          rules.put("degree", "the evaluator's check returned False");
          return "contradicted";
        }
        rules.put("degree", "zero or N/A score on accepted output");
        return "artifact_driven";
      }
      case DIVERGED -> {
        rules.put("degree", "numerical divergence");
        return "unstable";
      }
      default -> {
        rules.put("degree", "no verdict to judge by");
        return "inconclusive";
      }
    }
  }

  private static String action(RoundFacts f, boolean followUp, Map<String, String> rules) {
    RoundClass c = f.roundClass();
    if (c == RoundClass.ENVIRONMENT_CRASH && f.signature().missingModule().isPresent()) {
      rules.put("recommended_action", "the route needs a module the environment lacks");
      return "change_method";
    }
    if (c == RoundClass.RESOURCE_LIMIT || c.stage() >= 2) {
      rules.put("recommended_action", "resource limit or evaluated-but-wrong result: the method must change");
      return "change_method";
    }
    if (followUp && c != RoundClass.EVALUATOR_REJECTED) {
      rules.put("recommended_action", "follow-up round: the route already failed after a fix");
      return "change_method";
    }
    rules.put("recommended_action", "a code or output-form bug on a sound route: fix and retry");
    return "retry";
  }

  private static String risk(RoundFacts f, boolean followUp, Map<String, String> rules) {
    RoundClass c = f.roundClass();
    if (c == RoundClass.SCORED_BELOW_BAR || c == RoundClass.DEGENERATE_OUTPUT) {
      if (f.signature().eval().score().map(EvalScore::notApplicable).orElse(false)) {
        rules.put("risk", "output accepted but unscored");
        return "medium_risk_drift";
      }
      rules.put("risk", "output that looks like progress but is wrong");
      return "high_risk_false_progress";
    }
    if (!followUp && c.stage() == 0 && c != RoundClass.RESOURCE_LIMIT) {
      rules.put("risk", "nothing was produced on a first attempt");
      return "low_risk_omission";
    }
    rules.put("risk", "a failure after output or after a fix drifts the next attempt");
    return "medium_risk_drift";
  }

  private static boolean partialScore(RoundFacts f) {
    return f.roundClass() == RoundClass.SCORED_BELOW_BAR
        && f.signature().eval().score().map(EvalScore::partial).orElse(false);
  }
}
