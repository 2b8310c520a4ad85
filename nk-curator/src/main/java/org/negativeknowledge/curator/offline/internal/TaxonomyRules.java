package org.negativeknowledge.curator.offline.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.curator.signature.EvalScore;
import org.negativeknowledge.curator.signature.FailureMarker;
import org.negativeknowledge.curator.signature.PythonTraceback;

/**
 * Chooses the five facets from what a round's artifacts show. The same rules hold for every task;
 * no task is special-cased, and each rule records why it fired (the audit's {@code rules}).
 *
 * <ul>
 *   <li>layer: by how the run ended, whether its output met the instruction's contract, what the
 *       solver already knew and the verdict on an accepted output; a deep record by the trajectory
 *       of its rounds (see {@link LayerRules}).
 *   <li>scope: a resource limit, a partial score or a numerical divergence binds the failure to a
 *       regime (problem size, items, step size); in a deep record so do a missing module or a
 *       failure inside a library that recur across rounds (they survived a change of code);
 *       everything else is local.
 *   <li>degree: partial score is partial; environment and API-version failures, resource limits and
 *       rejected output forms are artifact-driven; assumptions about data or code contradicted by
 *       the run (keys, shapes, types, values, a False verdict, a missed or disconfirmed target)
 *       are contradicted; divergence is unstable; no verdict is inconclusive.
 *   <li>recommended_action: a first-attempt code or output-form bug is a retry; a missing module,
 *       a resource limit, a scored-but-wrong result, a follow-up round or a deep record asks to
 *       change the method; a disconfirmed expectation asks to narrow the claim.
 *   <li>risk: nothing produced on a first attempt is a low-risk omission; output that looks like
 *       progress but is wrong (scored, degenerate) is high-risk false progress; the rest
 *       medium-risk drift.
 * </ul>
 */
public final class TaxonomyRules {

  private TaxonomyRules() {}

  /**
   * Facets for one round.
   *
   * @param facts the round
   * @param contract what the task instruction says the output must be
   * @param prior what the round's author knew of earlier failures ({@link PriorEvidence#none()} for
   *     a first attempt)
   * @param hypothesisLayer true when the profile in force has {@code hypothesis_failure}
   */
  public static TaxonomyVerdict forRound(
      RoundFacts facts, OutputContract contract, PriorEvidence prior, boolean hypothesisLayer) {
    Map<String, String> rules = new HashMap<>();
    boolean followUp = prior.followUp();
    String layer = LayerRules.forRound(facts, contract, prior, hypothesisLayer, rules);
    String scope = scope(facts, rules);
    String degree = degree(facts, layer, rules);
    String action = action(facts, layer, followUp, rules);
    String risk = risk(facts, followUp, rules);
    return new TaxonomyVerdict(layer, scope, degree, action, risk, rules);
  }

  /** Facets for a deep record over N >= 2 rounds (rounds that reached their target are not failures). */
  public static TaxonomyVerdict forRounds(List<RoundFacts> rounds, OutputContract contract, boolean hypothesisLayer) {
    Map<String, String> rules = new HashMap<>();
    String layer = LayerRules.forRounds(rounds, contract, hypothesisLayer, rules);
    List<RoundFacts> failedRounds = rounds.stream().filter(r -> !r.roundClass().succeeded()).toList();
    List<RoundFacts> failed = failedRounds.isEmpty() ? rounds : failedRounds;
    RoundFacts last = failed.get(failed.size() - 1);
    String scope = deepScope(failed, last, rules);
    String degree;
    if (partialScore(last)) {
      degree = "partial";
      rules.put("degree", "deep: the last failed round was partly right");
    } else if (last.roundClass() == RoundClass.DIVERGED) {
      degree = "unstable";
      rules.put("degree", "deep: the last failed round diverged");
    } else {
      degree = "artifact_driven";
      rules.put("degree", "deep: several fixes failed on the same environment or output artifacts");
    }
    rules.put("recommended_action", "deep: the route failed over several rounds");
    String risk = partialScore(last) ? "high_risk_false_progress" : "medium_risk_drift";
    rules.put("risk", partialScore(last) ? "deep: partly right output looks like progress" : "deep: repeated failures drift");
    return new TaxonomyVerdict(layer, scope, degree, "change_method", risk, rules);
  }

  private static String deepScope(List<RoundFacts> failed, RoundFacts last, Map<String, String> rules) {
    Map<String, Integer> missing = new HashMap<>();
    Map<String, Integer> insideLibrary = new HashMap<>();
    for (RoundFacts r : failed) {
      r.signature().missingModule().ifPresent(m -> missing.merge(m, 1, Integer::sum));
      if (r.roundClass() == RoundClass.CODE_CRASH
          && r.signature().traceback().map(PythonTraceback::raisedInLibrary).orElse(false)) {
        insideLibrary.merge(r.signature().signatureKey(), 1, Integer::sum);
      }
    }
    if (missing.values().stream().anyMatch(n -> n >= 2)) {
      rules.put("scope", "deep: the same missing module recurs, the route is bound to the environment");
      return "regime_bound_failure";
    }
    if (last.roundClass() == RoundClass.RESOURCE_LIMIT) {
      rules.put("scope", "deep: the last failed round hit a resource limit");
      return "regime_bound_failure";
    }
    if (insideLibrary.values().stream().anyMatch(n -> n >= 2)) {
      rules.put("scope", "deep: the same failure inside a library survived a change of code: bound to this library and data");
      return "regime_bound_failure";
    }
    if (partialScore(last) || last.roundClass() == RoundClass.DIVERGED) {
      rules.put("scope", "deep: the last failed round was partly right or diverged at its parameters");
      return "regime_bound_failure";
    }
    rules.put("scope", "deep: default local");
    return "local_failure";
  }

  private static String scope(RoundFacts f, Map<String, String> rules) {
    if (f.roundClass() == RoundClass.RESOURCE_LIMIT) {
      rules.put("scope", "a resource limit binds the route to this problem size");
      return "regime_bound_failure";
    }
    if (f.roundClass() == RoundClass.DIVERGED) {
      rules.put("scope", "numerical divergence holds for this step size, resolution and data, not for the scheme everywhere");
      return "regime_bound_failure";
    }
    if (partialScore(f)) {
      rules.put("scope", "partly right: the method holds on some items only");
      return "regime_bound_failure";
    }
    rules.put("scope", "default: the failure is local to this attempt");
    return "local_failure";
  }

  private static String degree(RoundFacts f, String layer, Map<String, String> rules) {
    var s = f.signature();
    if (layer.equals(LayerRules.HYPOTHESIS)) {
      rules.put("degree", "the round ran as designed and its outcome contradicts the expectation it tested");
      return "contradicted";
    }
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
      case TARGET_MISSED -> {
        rules.put("degree", "the program reports it missed its target");
        return "contradicted";
      }
      default -> {
        rules.put("degree", "no verdict to judge by");
        return "inconclusive";
      }
    }
  }

  private static String action(RoundFacts f, String layer, boolean followUp, Map<String, String> rules) {
    RoundClass c = f.roundClass();
    if (layer.equals(LayerRules.HYPOTHESIS)) {
      rules.put("recommended_action", "the expectation the round tested did not hold: narrow the claim to what it showed");
      return "narrow_claim";
    }
    if (c == RoundClass.ENVIRONMENT_CRASH && f.signature().missingModule().isPresent()) {
      rules.put("recommended_action", "the route needs a module the environment lacks");
      return "change_method";
    }
    if (c == RoundClass.RESOURCE_LIMIT || c.stage() >= 2 || layer.equals(LayerRules.METHOD)) {
      rules.put("recommended_action", "resource limit, evaluated-but-wrong result or a method that fell short: the method must change");
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
