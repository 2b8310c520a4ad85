package org.negativeknowledge.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/** The NK-record rules of spec section 4 (depth 1 and depth N), at either level. */
final class NkRules extends FieldChecks {
  /** Spec section 2 bounds, in characters. */
  static final int ROUTE_MAX = 200;
  static final int OBSERVATION_MAX = 200;
  static final int RATIONALE_MAX = 300;
  static final int ALTERNATIVE_MAX = 300;
  static final int DIAGNOSIS_MAX = 400;
  static final int TRIVIAL_REASON_MAX = 200;
  private static final BigDecimal MAX_DEPTH = BigDecimal.valueOf(Integer.MAX_VALUE);

  public NkRules(TaxonomyProfile profile, ValidationLevel level, List<ValidationIssue> issues) {
    super(profile, level, issues);
  }

  /** Checks one record (already known to be an object) against the expected depth. */
  public void check(JsonNode record, int expectedDepth) {
    if (expectedDepth == 1) {
      requirePresent(
          record,
          "",
          "task_id",
          "attempted_route",
          "observation",
          "failure",
          "rationale",
          "recommended_alternative");
    } else {
      requirePresent(
          record,
          "",
          "task_id",
          "failure",
          "rationale",
          "recommended_alternative",
          "depth",
          "rounds_summary",
          "ruled_out_routes",
          "synthesised_diagnosis");
      deepShape(record, expectedDepth);
    }
    failureBlock(record, true);
    if (expectedDepth == 1) {
      depthInRange(record);
    }
    keyFields(record);
    if (strict()) {
      strictText(record, expectedDepth);
      exploration(record);
      if (expectedDepth >= 2) {
        roundNumbering(record);
        alternativeNotRuledOut(record);
      }
    }
  }

  private void deepShape(JsonNode record, int expectedDepth) {
    JsonNode depth = record.get("depth");
    if (depth == null || !depth.isIntegralNumber() || depth.asLong() != expectedDepth) {
      add(
          "depth",
          IssueCodes.DEPTH_MISMATCH,
          "must be " + expectedDepth + " (the number of rounds), found "
              + (depth == null ? "nothing" : shown(depth)));
    }
    JsonNode rounds = record.get("rounds_summary");
    boolean counted = rounds != null && rounds.isArray() && rounds.size() == expectedDepth;
    if (!counted) {
      add(
          "rounds_summary",
          IssueCodes.WRONG_COUNT,
          "must be an array of exactly " + expectedDepth + " round objects, found " + describe(rounds));
    }
    // The reference looks into the rounds only once there are exactly N of them; strict also
    // names what each round of a wrongly sized array lacks.
    if (rounds != null && rounds.isArray() && (counted || strict())) {
      for (int i = 0; i < rounds.size(); i++) {
        JsonNode r = rounds.get(i);
        String p = "rounds_summary[" + i + "]";
        if (!r.isObject()) {
          add(p, IssueCodes.WRONG_TYPE, "must be an object with attempted_route and observation, found " + typeName(r));
          continue;
        }
        requirePresent(r, p + ".", "attempted_route", "observation");
      }
    }
    JsonNode ruledOut = record.get("ruled_out_routes");
    if (ruledOut == null || !ruledOut.isArray() || ruledOut.size() < 2) {
      add(
          "ruled_out_routes",
          IssueCodes.WRONG_COUNT,
          "must be an array of at least 2 ruled-out routes, found " + describe(ruledOut));
    }
  }

  /**
   * Both levels, under the depth-1 rules (the depth-N rules compare {@code depth} with N): a
   * numeric {@code depth} must be a whole number of rounds from 1 to {@link Integer#MAX_VALUE}.
   * Values such as {@code 1e999} or {@code -2} are no depth at all, and a reader taking the
   * record's depth from them would silently treat the record as depth 1.
   */
  private void depthInRange(JsonNode record) {
    JsonNode depth = record.get("depth");
    if (depth == null || !depth.isNumber()) {
      return; // absent, or another type (strict reports the type)
    }
    BigDecimal value;
    try {
      value = depth.decimalValue();
    } catch (NumberFormatException e) {
      value = null; // an infinite or NaN double built in memory
    }
    boolean inRange = value != null
        && value.signum() > 0
        && value.compareTo(MAX_DEPTH) <= 0
        && value.stripTrailingZeros().scale() <= 0;
    if (!inRange) {
      add(
          "depth",
          IssueCodes.OUT_OF_RANGE,
          "must be the number of rounds, a whole number from 1 to " + Integer.MAX_VALUE + ", found "
              + shown(depth) + ": use 1 for a single round, or remove the field");
    }
  }

  private void strictText(JsonNode record, int expectedDepth) {
    text(record, "task_id", "task_id", 0);
    text(record, "rationale", "rationale", RATIONALE_MAX);
    text(record, "recommended_alternative", "recommended_alternative", ALTERNATIVE_MAX);
    if (expectedDepth == 1) {
      text(record, "attempted_route", "attempted_route", ROUTE_MAX);
      text(record, "observation", "observation", OBSERVATION_MAX);
      return;
    }
    text(record, "synthesised_diagnosis", "synthesised_diagnosis", DIAGNOSIS_MAX);
    JsonNode rounds = record.get("rounds_summary");
    if (rounds != null && rounds.isArray()) {
      for (int i = 0; i < rounds.size(); i++) {
        JsonNode r = rounds.get(i);
        if (r.isObject()) {
          String p = "rounds_summary[" + i + "].";
          text(r, "attempted_route", p + "attempted_route", ROUTE_MAX);
          text(r, "observation", p + "observation", OBSERVATION_MAX);
        }
      }
    }
    JsonNode ruledOut = record.get("ruled_out_routes");
    if (ruledOut != null && ruledOut.isArray()) {
      for (int i = 0; i < ruledOut.size(); i++) {
        JsonNode r = ruledOut.get(i);
        String p = "ruled_out_routes[" + i + "]";
        if (!r.isTextual()) {
          add(p, IssueCodes.WRONG_TYPE, "must be a string naming the route, found " + typeName(r));
        } else if (r.textValue().isBlank()) {
          add(p, IssueCodes.EMPTY_FIELD, "must not be empty: name the route that was ruled out");
        }
      }
    } else if (ruledOut != null) {
      add("ruled_out_routes", IssueCodes.WRONG_TYPE, "must be an array of strings, found " + typeName(ruledOut));
    }
    JsonNode depth = record.get("depth");
    if (depth != null && !depth.isIntegralNumber()) {
      add("depth", IssueCodes.WRONG_TYPE, "must be an integer, found " + typeName(depth));
    }
  }

  private void roundNumbering(JsonNode record) {
    JsonNode rounds = record.get("rounds_summary");
    if (rounds == null || !rounds.isArray()) {
      return;
    }
    for (int i = 0; i < rounds.size(); i++) {
      JsonNode r = rounds.get(i);
      if (!r.isObject()) {
        continue;
      }
      JsonNode n = r.get("round");
      String p = "rounds_summary[" + i + "].round";
      if (n == null) {
        add(p, IssueCodes.MISSING_FIELD, "add \"round\": " + (i + 1));
      } else if (!n.isIntegralNumber() || n.asLong() != i + 1) {
        add(p, IssueCodes.ROUND_NUMBERING, "must be " + (i + 1) + " (rounds are numbered 1..N in order), found " + shown(n));
      }
    }
  }

  private void alternativeNotRuledOut(JsonNode record) {
    JsonNode alt = record.get("recommended_alternative");
    JsonNode ruledOut = record.get("ruled_out_routes");
    if (alt == null || !alt.isTextual() || ruledOut == null || !ruledOut.isArray()) {
      return;
    }
    String a = normalise(alt.textValue());
    for (int i = 0; i < ruledOut.size(); i++) {
      JsonNode r = ruledOut.get(i);
      if (r.isTextual() && !a.isEmpty() && a.equals(normalise(r.textValue()))) {
        add(
            "recommended_alternative",
            IssueCodes.REPEATS_RULED_OUT,
            "repeats ruled_out_routes[" + i + "]: recommend a route that has not been ruled out");
      }
    }
  }

  private void exploration(JsonNode record) {
    JsonNode round = record.get("round");
    if (round != null && !(round.isIntegralNumber() && round.asLong() >= 1)) {
      add("round", IssueCodes.WRONG_TYPE, "must be a positive integer, found " + shown(round));
    }
    JsonNode isTrivial = record.get("is_trivial");
    if (isTrivial != null && !isTrivial.isBoolean()) {
      add("is_trivial", IssueCodes.WRONG_TYPE, "must be true or false, found " + shown(isTrivial));
    }
    JsonNode degree = record.get("trivial_degree");
    if (degree != null) {
      if (!degree.isIntegralNumber()) {
        add("trivial_degree", IssueCodes.WRONG_TYPE, "must be an integer 0..3, found " + shown(degree));
      } else if (degree.asLong() < 0 || degree.asLong() > 3) {
        add(
            "trivial_degree",
            IssueCodes.OUT_OF_RANGE,
            "must be 0 (fully informative) .. 3 (pure tautology), found " + shown(degree));
      }
    }
    JsonNode reason = record.get("trivial_reason");
    if (reason != null) {
      if (isTrivial == null || !isTrivial.asBoolean(false)) {
        add(
            "trivial_reason",
            IssueCodes.UNEXPECTED_FIELD,
            "only allowed when is_trivial is true: remove it or set is_trivial");
      }
      text(record, "trivial_reason", "trivial_reason", TRIVIAL_REASON_MAX);
    }
  }

  private static String normalise(String s) {
    return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String describe(JsonNode v) {
    if (v == null) {
      return "nothing";
    }
    return v.isArray() ? "an array of " + v.size() : typeName(v);
  }
}
