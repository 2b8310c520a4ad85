package org.negativeknowledge.record;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The exploration extension of the paper's physics studies; each field {@code null} when absent.
 *
 * @param round the round number
 * @param isTrivial whether the round's outcome was true by construction or uninformative
 * @param trivialDegree 0 (fully informative) .. 3 (pure tautology)
 * @param trivialReason why it was trivial; only meaningful when {@code isTrivial}
 */
public record Exploration(Integer round, Boolean isTrivial, Integer trivialDegree, String trivialReason) {

  /** Reads the extension fields of a record tolerantly. */
  public static Exploration from(JsonNode record) {
    JsonNode t = record == null ? null : record.get("is_trivial");
    return new Exploration(
        NkRecord.integer(record, "round"),
        t != null && t.isBoolean() ? t.booleanValue() : null,
        NkRecord.integer(record, "trivial_degree"),
        NkRecord.text(record, "trivial_reason"));
  }

  /** True when none of the extension fields is present. */
  public boolean isEmpty() {
    return round == null && isTrivial == null && trivialDegree == null && trivialReason == null;
  }
}
