package org.negativeknowledge.app.loop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A solver's answer to one attempt.
 *
 * @param files the candidate files, path relative to the workspace to content; holds at least the
 *     task's candidate file
 * @param plan the route the attempt takes, in a sentence or a paragraph (the experiment's method)
 * @param reasoning the attempt's notes for a reviewer and the curator ({@code reasoning.md})
 * @param decisions the decisions on the shown bank entries
 * @param tokens what the answer cost
 * @param duration how long the solver took
 * @param transcript what the solver returned, for the attempt's folder ({@code answer.json})
 */
public record SolverAnswer(
    Map<String, String> files, String plan, String reasoning, List<EntryChoice> decisions,
    TokenUse tokens, Duration duration, ObjectNode transcript) {
  public SolverAnswer {
    files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(reasoning, "reasoning");
    decisions = List.copyOf(decisions);
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(transcript, "transcript");
  }
}
