package org.negativeknowledge.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

class ValidatorTest {
  static final Validator REF = Validator.of(TaxonomyProfile.core(), ValidationLevel.REFERENCE);
  static final Validator STRICT = Validator.of(TaxonomyProfile.core(), ValidationLevel.STRICT);

  static ObjectNode depth1() {
    return NkJson.parseObject(
        """
        {"task_id":"t1","attempted_route":"sklearn.RandomForestRegressor(n_estimators=200)",
         "observation":"ModuleNotFoundError: No module named 'shap' after 1.0s",
         "failure":{"layer":"implementation_failure","scope":"local_failure","degree":"artifact_driven",
                    "recommended_action":"change_method","risk":"low_risk_omission"},
         "rationale":"shap is not installed, so the import fails before any work.",
         "recommended_alternative":"sklearn.inspection.permutation_importance(rf, X, y, n_repeats=10)"}
        """);
  }

  static ObjectNode deep() {
    return NkJson.parseObject(
        """
        {"task_id":"t1","depth":2,
         "rounds_summary":[{"round":1,"attempted_route":"RK4 dt=1e-3","observation":"NaN at t=0.4"},
                           {"round":2,"attempted_route":"RK4 dt=1e-4","observation":"NaN at t=0.41"}],
         "ruled_out_routes":["RK4 dt=1e-3","RK4 dt=1e-4"],
         "synthesised_diagnosis":"The stiff dispersive term limits explicit steps regardless of dt.",
         "failure":{"layer":"method_failure","scope":"regime_bound_failure","degree":"contradicted",
                    "recommended_action":"change_method","risk":"medium_risk_drift"},
         "rationale":"Explicit schemes are unstable for k^3 stiffness.",
         "recommended_alternative":"IMEX Crank-Nicolson on the linear part, dt=1e-3"}
        """);
  }

  static List<String> codes(ValidationReport r) {
    return r.issues().stream().map(i -> i.path() + ":" + i.code()).toList();
  }

  @Test
  void wellFormedRecordsAreValidAtBothLevels() {
    assertThat(REF.validate(depth1()).issues()).isEmpty();
    assertThat(STRICT.validate(depth1()).issues()).isEmpty();
    assertThat(REF.validate(deep()).issues()).isEmpty();
    assertThat(STRICT.validate(deep()).issues()).isEmpty();
  }

  @Test
  void referenceReportsAnAbsentFacetTwiceAndAMissingFieldOnce() {
    ObjectNode r = depth1();
    r.remove("rationale");
    ((ObjectNode) r.get("failure")).remove("risk");
    assertThat(codes(REF.validate(r)))
        .containsExactly("rationale:missing_field", "failure.risk:missing_field", "failure.risk:not_in_vocabulary");
  }

  @Test
  void missingFailureCountsAsEmptyAndANonObjectIsOneIssue() {
    ObjectNode r = depth1();
    r.remove("failure");
    assertThat(REF.validate(r).issues()).hasSize(1 + 2 * 5);
    r.put("failure", "method");
    assertThat(codes(REF.validate(r))).containsExactly("failure:wrong_type");
  }

  @Test
  void referenceDoesNoLengthOrTypeChecks() {
    ObjectNode r = depth1();
    r.put("rationale", "x".repeat(5000));
    r.put("observation", 42);
    r.put("attempted_route", "");
    assertThat(REF.validate(r).issues()).isEmpty();
    assertThat(codes(STRICT.validate(r)))
        .containsExactlyInAnyOrder(
            "rationale:too_long", "observation:wrong_type", "attempted_route:empty_field");
  }

  @Test
  void deepChecksAreIndependent() {
    ObjectNode r = deep();
    r.remove("rounds_summary");
    r.remove("depth");
    assertThat(codes(REF.validateNk(r, 2)))
        .containsExactly(
            "depth:missing_field",
            "rounds_summary:missing_field",
            "depth:depth_mismatch",
            "rounds_summary:wrong_count");
  }

  @Test
  void deepShapeRules() {
    ObjectNode r = deep();
    assertThat(codes(REF.validateNk(r, 3)))
        .containsExactly("depth:depth_mismatch", "rounds_summary:wrong_count");
    r.withArray("ruled_out_routes").remove(1);
    ((ObjectNode) r.withArray("rounds_summary").get(1)).remove("observation");
    assertThat(codes(REF.validateNk(r, 2)))
        .containsExactly("rounds_summary[1].observation:missing_field", "ruled_out_routes:wrong_count");
  }

  @Test
  void strictChecksRoundNumberingAndRepeatedRoutes() {
    ObjectNode r = deep();
    ((ObjectNode) r.withArray("rounds_summary").get(1)).put("round", 3);
    r.put("recommended_alternative", "  rk4 DT=1e-4 ");
    assertThat(codes(STRICT.validate(r)))
        .containsExactly("rounds_summary[1].round:round_numbering", "recommended_alternative:repeats_ruled_out");
    assertThat(REF.validate(r).issues()).isEmpty();
  }

  @Test
  void strictChecksTheExplorationExtension() {
    ObjectNode r = depth1();
    r.put("is_trivial", false);
    r.put("trivial_degree", 4);
    r.put("trivial_reason", "restates the setup");
    assertThat(codes(STRICT.validate(r)))
        .containsExactly("trivial_degree:out_of_range", "trivial_reason:unexpected_field");
  }

  @Test
  void vocabularyMessagesNameTheAliasOrTheProfileThatFixesIt() {
    ObjectNode r = depth1();
    ((ObjectNode) r.get("failure")).put("scope", "regime_bound");
    ((ObjectNode) r.get("failure")).put("layer", "hypothesis_failure");
    List<ValidationIssue> issues = REF.validate(r).issues();
    assertThat(issues).extracting(ValidationIssue::code).containsOnly(IssueCodes.NOT_IN_VOCABULARY);
    assertThat(issues.get(0).path()).isEqualTo("failure.layer");
    assertThat(issues.get(0).message()).contains("use --profile exploration");
    assertThat(issues.get(1).message()).contains("known alias of 'regime_bound_failure'");
    assertThat(Validator.of(TaxonomyProfile.exploration(), ValidationLevel.REFERENCE).validate(r).issues())
        .extracting(ValidationIssue::path)
        .containsExactly("failure.scope");
  }

  @Test
  void knowledgeEntriesHaveTheirOwnRules() {
    ObjectNode k = NkJson.parseObject("{\"id\":\"kb-1\",\"kind\":\"positive\",\"domain\":\"burgers\",\"claim\":\"MUSCL works\"}");
    assertThat(STRICT.validate(k).issues()).isEmpty();
    k.remove("claim");
    k.put("kind", "neutral");
    assertThat(codes(STRICT.validate(k))).containsExactly("claim:missing_field", "kind:not_in_vocabulary");
  }

  @Test
  void nonObjectsAreAnIssueNotACrash() {
    assertThat(codes(STRICT.validate(NkJson.mapper().getNodeFactory().arrayNode()))).containsExactly(":wrong_type");
    assertThat(codes(STRICT.validate(null))).containsExactly(":wrong_type");
  }

  // ---- the reference's rounds rule (issue 10) ----------------------------------------------

  @Test
  void referenceLooksIntoTheRoundsOnlyWhenThereAreExactlyDepthOfThem() {
    ObjectNode r = deep();
    r.put("depth", 3);
    r.putArray("rounds_summary").addObject();
    assertThat(codes(REF.validateNk(r, 3))).containsExactly("rounds_summary:wrong_count");
    assertThat(codes(STRICT.validateNk(r, 3)))
        .contains(
            "rounds_summary:wrong_count",
            "rounds_summary[0].attempted_route:missing_field",
            "rounds_summary[0].observation:missing_field");

    r.putArray("rounds_summary").add("one").add(2).addObject();
    assertThat(codes(REF.validateNk(r, 3)))
        .containsExactly("rounds_summary[0]:wrong_type", "rounds_summary[1]:wrong_type",
            "rounds_summary[2].attempted_route:missing_field", "rounds_summary[2].observation:missing_field");
    r.put("rounds_summary", "three rounds");
    assertThat(codes(REF.validateNk(r, 3))).containsExactly("rounds_summary:wrong_count");
  }

  // ---- key fields (issue 11) ---------------------------------------------------------------

  @Test
  void keyFieldsLongerThanTheBoundAreAnIssueAtBothLevels() {
    ObjectNode r = depth1();
    r.put("task_id", "t".repeat(FieldLimits.MAX_KEY_CHARS));
    assertThat(REF.validate(r).issues()).isEmpty();
    r.put("task_id", "t".repeat(FieldLimits.MAX_KEY_CHARS + 1));
    r.put("id", "i".repeat(40_000));
    r.put("domain", "\uD83D\uDE00".repeat(FieldLimits.MAX_KEY_CHARS + 1)); // code points, not chars
    for (Validator v : List.of(REF, STRICT)) {
      assertThat(codes(v.validate(r)))
          .as(v.level().name())
          .contains("id:key_too_long", "task_id:key_too_long", "domain:key_too_long");
    }
    ValidationIssue id = REF.validate(r).issues().stream().filter(i -> i.path().equals("id")).findFirst().orElseThrow();
    assertThat(id.message()).contains("40000 characters, at most " + FieldLimits.MAX_KEY_CHARS);
    r.put("domain", "\uD83D\uDE00".repeat(FieldLimits.MAX_KEY_CHARS));
    assertThat(codes(REF.validate(r))).doesNotContain("domain:key_too_long");
  }

  @Test
  void aHugeFacetValueIsAKeyIssueAndIsNotEchoedInFull() {
    ObjectNode r = depth1();
    ((ObjectNode) r.get("failure")).put("scope", "s".repeat(100_000));
    List<ValidationIssue> issues = REF.validate(r).issues();
    assertThat(codes(REF.validate(r)))
        .containsExactly("failure.scope:not_in_vocabulary", "failure.scope:key_too_long");
    assertThat(issues).allSatisfy(i -> assertThat(i.message()).hasSizeLessThan(1000));
  }

  @Test
  void knowledgeEntryKeysAreBoundedToo() {
    ObjectNode k = NkJson.parseObject(
        "{\"id\":\"kb-1\",\"kind\":\"negative\",\"domain\":\"burgers\",\"claim\":\"c\","
            + "\"failure\":{\"layer\":\"method_failure\"}}");
    k.put("id", "k".repeat(300));
    ((ObjectNode) k.get("failure")).put("layer", "l".repeat(300));
    assertThat(codes(REF.validate(k))).containsExactly("id:key_too_long", "failure.layer:key_too_long");
  }

  @Test
  void keyFieldsHoldingControlCharactersAreAnIssueAtBothLevels() {
    ObjectNode r = depth1();
    r.put("task_id", "t\0" + "1");
    ((ObjectNode) r.get("failure")).put("risk", "low\nrisk");
    for (Validator v : List.of(REF, STRICT)) {
      assertThat(codes(v.validate(r))).as(v.level().name())
          .contains("task_id:control_character", "failure.risk:control_character");
    }
    assertThat(REF.validate(r).issues())
        .filteredOn(i -> i.path().equals("task_id"))
        .singleElement()
        .satisfies(i -> assertThat(i.message()).contains("U+0000 at character 2"));
  }

  // ---- depth values no reader can use (issue 11) -------------------------------------------

  @Test
  void aDepthOutsideOneToIntMaxIsFlaggedAtBothLevels() {
    for (String depth : List.of("1e999", "0", "-2", "2147483648", "1.5")) {
      ObjectNode r = NkJson.parseObject(depth1().toString().replace("{\"task_id\"", "{\"depth\":" + depth + ",\"task_id\""));
      assertThat(codes(REF.validate(r))).as(depth).containsExactly("depth:out_of_range");
      assertThat(codes(STRICT.validate(r))).as(depth).contains("depth:out_of_range");
    }
    ObjectNode one = depth1();
    one.put("depth", 1);
    assertThat(REF.validate(one).issues()).isEmpty();
    assertThat(codes(REF.validateNk(NkJson.parseObject(deep().toString().replace("\"depth\":2", "\"depth\":1e999")), 2)))
        .containsExactly("depth:depth_mismatch");
  }
}
