package org.negativeknowledge.curator.offline.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.negativeknowledge.curator.signature.EvalScore;

/**
 * Chooses {@code failure.layer} from what the artifacts show, never from the task's identity.
 *
 * <p>The layer says where a failure sits: in the code ({@code implementation_failure}), at the
 * interface between the program and whoever uses its output ({@code communication_failure}), in
 * the chosen method ({@code method_failure}), or, in an exploration study, in the hypothesis the
 * round tested ({@code hypothesis_failure}). Four kinds of evidence decide it:
 *
 * <ol>
 *   <li><b>How the run ended.</b> A run that stopped before the end of the program (a traceback, a
 *       non-zero exit, a time or memory limit) never produced an output to judge: whatever the
 *       method, the code as written could not run here, so the failure is in the implementation.
 *   <li><b>Whether the output met its contract.</b> A run that completed but whose output the
 *       evaluator could not use (it crashed reading it: a missing column or key, a missing file,
 *       rows that do not line up), or whose output departs from what the instruction names (the
 *       output file never written, a named column never spelled, see {@link OutputCheck}), or that
 *       matched none of the reference's items (a score of 0 of n: every item differs, which a wrong
 *       representation explains and a wrong method rarely does), failed at the interface: a
 *       communication failure.
 *   <li><b>What the solver already knew.</b> On a follow-up round the same interface failure is
 *       no longer a misunderstanding when the expectation was known: the instruction states the
 *       name the evaluator missed ({@link OutputContract#states}), or an earlier round failed the
 *       same way ({@link PriorEvidence#revealed}). The code then does not do what its author knew
 *       it must: an implementation failure. An expectation nobody stated stays communication.
 *   <li><b>The verdict on an accepted output.</b> An output that was read and scored with partial
 *       or no credit ({@code False}, {@code N/A}), or a computation that diverged or missed the
 *       target it reports on itself, failed in the method, unless the program's own output is
 *       degenerate (placeholders, zero rows), which is the code's doing. A round that reached its
 *       target (the evaluator passed it, or its own goal flag is true) has no fault in its code or
 *       method; when the profile has {@code hypothesis_failure}, what failed is the expectation the
 *       round tested, otherwise it stays a method failure.
 *   <li><b>No verdict at all.</b> A run that completed without an evaluator verdict, a goal flag or
 *       a sign of divergence: in a benchmark setting (a profile without exploration layers) an
 *       evaluator was due and did not judge the output, which points at the code; in an
 *       exploration setting rounds judge themselves, so completing without an error means the code
 *       worked and what fell short is the method.
 * </ol>
 *
 * <p>A deep record reads the trajectory across rounds ({@link #forRounds}): the method is at fault
 * only when most rounds produced an accepted, partly right output, or when every round failed in
 * the method; interface failures that every round meets anew stay communication; anything else
 * (crashes, repeated or shifting failures of the code or its output) is an implementation failure
 * that several fixes did not remove. Rounds that reached their target are not failures and do not
 * vote.
 */
public final class LayerRules {

  static final String IMPLEMENTATION = "implementation_failure";
  static final String COMMUNICATION = "communication_failure";
  static final String METHOD = "method_failure";
  static final String HYPOTHESIS = "hypothesis_failure";

  private LayerRules() {}

  /**
   * The layer of one round.
   *
   * @param f the round
   * @param contract what the instruction says the output must be
   * @param prior what the solver knew of earlier failures
   * @param hypothesisLayer true when the profile in force has {@code hypothesis_failure}
   * @param rules receives the rule that fired under {@code "layer"}
   */
  public static String forRound(
      RoundFacts f, OutputContract contract, PriorEvidence prior, boolean hypothesisLayer, Map<String, String> rules) {
    OutputCheck output = OutputCheck.of(contract, f);
    switch (f.roundClass()) {
      case ENVIRONMENT_CRASH, CODE_CRASH, RESOURCE_LIMIT, UNEXPLAINED_EXIT -> {
        return put(rules, IMPLEMENTATION, "the run stopped before it produced an output (" + f.roundClass().name().toLowerCase(Locale.ROOT) + ")");
      }
      case EVALUATOR_REJECTED -> {
        EvaluatorComplaint complaint = EvaluatorComplaint.of(f.signature().eval()).orElseThrow();
        return interfaceFailure(f, contract, prior, complaint.names(), rules,
            "the run completed but the evaluator could not use its output: " + complaint.describe());
      }
      case DEGENERATE_OUTPUT -> {
        return put(rules, IMPLEMENTATION, "the program's own output is degenerate: an upstream step yielded nothing");
      }
      case SCORED_BELOW_BAR -> {
        EvalScore score = f.signature().eval().score().orElseThrow();
        if (score.noneCorrect()) {
          return interfaceFailure(f, contract, prior, output.missingColumns(), rules,
              "the output was read but none of its " + score.total().orElse(0) + " items matched the reference: its representation differs");
        }
        if (output.departs() && !score.partial()) {
          return interfaceFailure(f, contract, prior, output.missingColumns(), rules,
              "the output was rejected and departs from the instruction: " + output.describe());
        }
        return put(rules, METHOD, "the output was accepted and scored " + score.describe() + ": the method falls short");
      }
      case DIVERGED, TARGET_MISSED -> {
        return put(rules, METHOD, "the computation ran to the end but diverged or missed the target it reports on itself");
      }
      case TARGET_REACHED, PASSED -> {
        if (hypothesisLayer) {
          return put(rules, HYPOTHESIS, "the round reached its target: no code or method fault, what failed is the expectation it tested");
        }
        return put(rules, METHOD, "the round reached its target; the core profile has no layer for a disconfirmed expectation");
      }
      default -> {
        if (output.departs()) {
          return interfaceFailure(f, contract, prior, output.missingColumns(), rules,
              "the run completed without a verdict and its output departs from the instruction: " + output.describe());
        }
        if (hypothesisLayer) {
          return put(rules, METHOD, "an exploration round that ran to the end without an error or a verdict: its code worked, what it computed fell short");
        }
        return put(rules, IMPLEMENTATION, "the run completed but no evaluator verdict followed and nothing points beyond the code");
      }
    }
  }

  /** An output the evaluator could not use: communication unless a follow-up met a known expectation. */
  private static String interfaceFailure(
      RoundFacts f, OutputContract contract, PriorEvidence prior, List<String> names, Map<String, String> rules, String what) {
    if (prior.followUp()) {
      if (prior.revealed(f)) {
        return put(rules, IMPLEMENTATION, what + "; an earlier round already failed this way, so the expectation was known");
      }
      for (String name : names) {
        if (contract.states(name)) {
          return put(rules, IMPLEMENTATION, what + "; the instruction states '" + name + "', so the expectation was known");
        }
      }
    }
    return put(rules, COMMUNICATION, what);
  }

  /**
   * The layer of a deep record from its rounds' trajectory (see the class doc).
   *
   * @param rounds every round, in order
   */
  public static String forRounds(
      List<RoundFacts> rounds, OutputContract contract, boolean hypothesisLayer, Map<String, String> rules) {
    List<String> layers = new ArrayList<>();
    int partial = 0;
    int failed = 0;
    for (int i = 0; i < rounds.size(); i++) {
      RoundFacts r = rounds.get(i);
      if (r.roundClass().succeeded()) {
        continue;
      }
      failed++;
      layers.add(forRound(r, contract, PriorEvidence.ofRounds(rounds.subList(0, i)), hypothesisLayer, new HashMap<>()));
      if (r.signature().eval().score().map(EvalScore::partial).orElse(false)) {
        partial++;
      }
    }
    if (failed == 0) {
      return forRound(rounds.get(rounds.size() - 1), contract, PriorEvidence.none(), hypothesisLayer, rules);
    }
    if (2 * partial > failed) {
      return put(rules, METHOD, "deep: most failed rounds produced an accepted, partly right output " + layers);
    }
    if (layers.stream().allMatch(METHOD::equals)) {
      return put(rules, METHOD, "deep: every failed round failed in the method " + layers);
    }
    if (layers.stream().allMatch(COMMUNICATION::equals)) {
      return put(rules, COMMUNICATION, "deep: every round met a new, unstated expectation of the evaluator " + layers);
    }
    return put(rules, IMPLEMENTATION, "deep: crashes or repeated / shifting failures of the code or its output " + layers);
  }

  private static String put(Map<String, String> rules, String layer, String why) {
    rules.put("layer", why);
    return layer;
  }
}
