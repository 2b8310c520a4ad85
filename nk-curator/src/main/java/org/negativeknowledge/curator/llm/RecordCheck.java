package org.negativeknowledge.curator.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.negativeknowledge.curator.prompt.PromptKind;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.schema.RecordSchemas;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.IssueCodes;
import org.negativeknowledge.validation.ValidationIssue;
import org.negativeknowledge.validation.ValidationLevel;
import org.negativeknowledge.validation.ValidationReport;
import org.negativeknowledge.validation.Validator;

/** The shape a job expects: its JSON Schema (for {@code write_record}) and its validation. */
final class RecordCheck {

  static final String RELATIONSHIP = "relationship_to_round1";

  private final CurationJob job;
  private final Validator validator;
  private final TaxonomyProfile profile;

  RecordCheck(CurationJob job, TaxonomyProfile profile, ValidationLevel level) {
    this.job = job;
    this.profile = profile;
    this.validator = Validator.of(profile, level);
  }

  int depth() {
    return job.kind() == PromptKind.DEEP ? job.rounds().size() : 1;
  }

  /** The record's JSON Schema; a round-2 schema also requires {@code relationship_to_round1}. */
  ObjectNode schema() {
    if (job.kind() == PromptKind.DEEP) {
      return RecordSchemas.schema(RecordShape.DEEP, profile, depth());
    }
    ObjectNode s = RecordSchemas.schema(RecordShape.DEPTH1, profile);
    if (job.kind() == PromptKind.ROUND2) {
      ((ObjectNode) s.get("properties"))
          .putObject(RELATIONSHIP)
          .put("type", "string")
          .put("pattern", "\\S")
          .put("description", "How round 2 relates to the round-1 record, in snake_case.");
      s.withArray("required").add(RELATIONSHIP);
    }
    return s;
  }

  /** Validates a record as this job's shape and depth. */
  ValidationReport validate(JsonNode record) {
    ValidationReport base = validator.validateNk(record, depth());
    if (job.kind() != PromptKind.ROUND2) {
      return base;
    }
    JsonNode rel = record.get(RELATIONSHIP);
    if (rel != null && rel.isTextual() && !rel.asText().isBlank()) {
      return base;
    }
    List<ValidationIssue> issues = new ArrayList<>(base.issues());
    issues.add(
        new ValidationIssue(
            RELATIONSHIP,
            IssueCodes.MISSING_FIELD,
            "a round-2 record must say how round 2 relates to the round-1 record"));
    return ValidationReport.of(issues);
  }

  /** The issues as a message for the repair turn. */
  static String describe(ValidationReport report) {
    StringBuilder sb = new StringBuilder("The record has these problems:\n");
    for (ValidationIssue i : report.issues()) {
      sb.append("- ").append(i.path()).append(" [").append(i.code()).append("]: ").append(i.message()).append('\n');
    }
    return sb.toString();
  }
}
