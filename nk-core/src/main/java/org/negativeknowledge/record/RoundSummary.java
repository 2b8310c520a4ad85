package org.negativeknowledge.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One round of a deep record's {@code rounds_summary}; fields {@code null} when absent.
 *
 * @param round the round number (1..N)
 * @param attemptedRoute the method tried in this round
 * @param observation what happened in this round
 */
public record RoundSummary(Integer round, String attemptedRoute, String observation) {

  /** Reads one element tolerantly. */
  public static RoundSummary from(JsonNode element) {
    return new RoundSummary(
        NkRecord.integer(element, "round"),
        NkRecord.text(element, "attempted_route"),
        NkRecord.text(element, "observation"));
  }

  /** The element as JSON, present fields only. */
  public ObjectNode toJson() {
    ObjectNode o = NkJson.mapper().createObjectNode();
    if (round != null) {
      o.put("round", round);
    }
    if (attemptedRoute != null) {
      o.put("attempted_route", attemptedRoute);
    }
    if (observation != null) {
      o.put("observation", observation);
    }
    return o;
  }
}
