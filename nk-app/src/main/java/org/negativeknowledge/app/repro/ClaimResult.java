package org.negativeknowledge.app.repro;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A claim re-derived from the data.
 *
 * @param claim the claim with the paper's value
 * @param computed the value computed from the data, or null when it could not be computed
 * @param outcome match, mismatch, or not decidable for lack of inputs
 * @param method how the value is computed from the files, including where this differs from a
 *     plain reading of the verifier (median truncation, the solver account for absent dispatches)
 * @param sources the files the value came from, relative to the data folder, with counts
 * @param missing the inputs the data lacks (may be non-empty on a match: the value matched
 *     although some inputs were absent)
 */
public record ClaimResult(
    Claim claim,
    ClaimValue computed,
    Outcome outcome,
    String method,
    List<String> sources,
    List<MissingInput> missing) {

  public ClaimResult {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(method, "method");
    sources = List.copyOf(sources);
    missing = List.copyOf(missing);
  }

  /**
   * Judges a computed value against the claim: equal is a match; otherwise not decidable when
   * inputs are missing (or nothing could be computed), else a mismatch.
   */
  public static ClaimResult judge(
      Claim claim, ClaimValue computed, String method, List<String> sources, List<MissingInput> missing) {
    Outcome outcome;
    if (computed != null && computed.equals(claim.paper())) {
      outcome = Outcome.MATCH;
    } else if (computed == null || !missing.isEmpty()) {
      outcome = Outcome.NOT_DECIDABLE;
    } else {
      outcome = Outcome.MISMATCH;
    }
    return new ClaimResult(claim, computed, outcome, method, sources, missing);
  }

  /** The computed value, when there is one. */
  public Optional<ClaimValue> computedValue() {
    return Optional.ofNullable(computed);
  }

  /** The tasks whose inputs are missing, sorted. */
  public SortedSet<String> missingTasks() {
    SortedSet<String> tasks = new TreeSet<>();
    missing.forEach(m -> m.taskId().ifPresent(tasks::add));
    return tasks;
  }
}
