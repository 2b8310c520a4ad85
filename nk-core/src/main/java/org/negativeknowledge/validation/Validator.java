package org.negativeknowledge.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/**
 * Checks records against a taxonomy profile at a {@link ValidationLevel}. Never throws on bad
 * input: anything that is not a valid record yields issues. Immutable and thread-safe.
 *
 * <pre>{@code
 * Validator v = Validator.of(TaxonomyProfile.core(), ValidationLevel.STRICT);
 * ValidationReport r = v.validate(NkJson.parseObject(text));
 * }</pre>
 */
public final class Validator {
  private final TaxonomyProfile profile;
  private final ValidationLevel level;

  private Validator(TaxonomyProfile profile, ValidationLevel level) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.level = Objects.requireNonNull(level, "level");
  }

  /** A validator for this profile and level. */
  public static Validator of(TaxonomyProfile profile, ValidationLevel level) {
    return new Validator(profile, level);
  }

  /** The profile whose vocabulary this validator enforces. */
  public TaxonomyProfile profile() {
    return profile;
  }

  /** The level this validator checks at. */
  public ValidationLevel level() {
    return level;
  }

  /** Validates with the shape and depth inferred from the record (see {@link RecordShape#detect}). */
  public ValidationReport validate(JsonNode record) {
    RecordShape shape = RecordShape.detect(record);
    return validate(record, shape, RecordShape.inferDepth(record));
  }

  /**
   * Validates as the given shape. For {@link RecordShape#KNOWLEDGE} the depth is ignored; for NK
   * records a depth of 1 applies the depth-1 rules and a depth >= 2 the depth-N rules, with
   * {@code depth} the expected value of the record's {@code depth} field.
   */
  public ValidationReport validate(JsonNode record, RecordShape shape, int depth) {
    return shape == RecordShape.KNOWLEDGE ? validateKnowledge(record) : validateNk(record, depth);
  }

  /** Validates as an NK record of the expected depth (1 for depth-1 rules). */
  public ValidationReport validateNk(JsonNode record, int expectedDepth) {
    if (expectedDepth < 1) {
      throw new IllegalArgumentException("expected depth must be >= 1, got " + expectedDepth);
    }
    List<ValidationIssue> issues = new ArrayList<>();
    if (!notAnObject(record, issues)) {
      new NkRules(profile, level, issues).check(record, expectedDepth);
    }
    return ValidationReport.of(issues);
  }

  /** Validates as a knowledge entry (an id, a kind, a domain, and a claim or a route). */
  public ValidationReport validateKnowledge(JsonNode record) {
    List<ValidationIssue> issues = new ArrayList<>();
    if (!notAnObject(record, issues)) {
      new KnowledgeRules(profile, level, issues).check(record);
    }
    return ValidationReport.of(issues);
  }

  private static boolean notAnObject(JsonNode record, List<ValidationIssue> issues) {
    if (record != null && record.isObject()) {
      return false;
    }
    String found = record == null ? "nothing" : record.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    issues.add(
        new ValidationIssue(
            "", IssueCodes.WRONG_TYPE, "a record must be a JSON object, found " + found));
    return true;
  }
}
