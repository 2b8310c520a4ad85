package org.negativeknowledge.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.negativeknowledge.json.Abbreviation;
import org.negativeknowledge.taxonomy.Facet;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/** The field-level checks shared by NK and knowledge rules; collects issues into a list. */
class FieldChecks {
  final TaxonomyProfile profile;
  final ValidationLevel level;
  final List<ValidationIssue> issues;

  FieldChecks(TaxonomyProfile profile, ValidationLevel level, List<ValidationIssue> issues) {
    this.profile = profile;
    this.level = level;
    this.issues = issues;
  }

  boolean strict() {
    return level == ValidationLevel.STRICT;
  }

  void add(String path, String code, String message) {
    issues.add(new ValidationIssue(path, code, message));
  }

  /** Reports each absent field; returns nothing, since the checks are independent. */
  void requirePresent(JsonNode record, String prefix, String... fields) {
    for (String f : fields) {
      if (!record.has(f)) {
        add(prefix + f, IssueCodes.MISSING_FIELD, "add the required field \"" + f + "\"");
      }
    }
  }

  /**
   * Strict text check: a present field must be a non-empty string within {@code maxChars}
   * (0 = unbounded). Absent fields are left to the presence checks.
   */
  void text(JsonNode parent, String field, String path, int maxChars) {
    JsonNode v = parent.get(field);
    if (v == null) {
      return;
    }
    if (!v.isTextual()) {
      add(path, IssueCodes.WRONG_TYPE, "must be a string, found " + typeName(v));
      return;
    }
    String s = v.textValue();
    if (s.isBlank()) {
      add(path, IssueCodes.EMPTY_FIELD, "must not be empty: write what it stands for");
      return;
    }
    int len = s.codePointCount(0, s.length());
    if (maxChars > 0 && len > maxChars) {
      add(
          path,
          IssueCodes.TOO_LONG,
          "is " + len + " characters, at most " + maxChars + " allowed: shorten it");
    }
  }

  /**
   * The failure block: missing counts as empty, a present non-object is one issue; each facet is
   * reported once when absent and once when its value is not in the vocabulary.
   */
  void failureBlock(JsonNode record, boolean requireFacets) {
    JsonNode failure = record.get("failure");
    if (failure != null && !failure.isObject()) {
      add(
          "failure",
          IssueCodes.WRONG_TYPE,
          "must be an object with layer, scope, degree, recommended_action and risk, found "
              + typeName(failure));
      return;
    }
    for (Facet facet : Facet.values()) {
      String path = "failure." + facet.fieldName();
      JsonNode value = failure == null ? null : failure.get(facet.fieldName());
      if (!requireFacets && value == null) {
        continue;
      }
      if (value == null) {
        add(path, IssueCodes.MISSING_FIELD, "add the facet \"" + facet.fieldName() + "\" " + choices(facet));
      }
      if (strict() && value != null && !value.isTextual()) {
        add(path, IssueCodes.WRONG_TYPE, "must be a string " + choices(facet));
        continue;
      }
      String text = value != null && value.isTextual() ? value.textValue() : null;
      if (!profile.allows(facet, text)) {
        add(path, IssueCodes.NOT_IN_VOCABULARY, vocabularyMessage(facet, value));
      }
    }
  }

  /**
   * Both levels: each key field ({@code id}, {@code task_id}, {@code domain}, the facet values of
   * a {@code failure} object) that is a string longer than {@link FieldLimits#MAX_KEY_CHARS} or
   * holding a control character.
   */
  void keyFields(JsonNode record) {
    keyField(record.get("id"), "id");
    keyField(record.get("task_id"), "task_id");
    keyField(record.get("domain"), "domain");
    JsonNode failure = record.get("failure");
    if (failure != null && failure.isObject()) {
      for (Facet facet : Facet.values()) {
        keyField(failure.get(facet.fieldName()), "failure." + facet.fieldName());
      }
    }
  }

  private void keyField(JsonNode value, String path) {
    if (value == null || !value.isTextual()) {
      return;
    }
    String s = value.textValue();
    int control = FieldLimits.controlCharacterAt(s);
    if (control >= 0) {
      add(
          path,
          IssueCodes.CONTROL_CHARACTER,
          "holds the control character U+" + String.format(Locale.ROOT, "%04X", (int) s.charAt(control))
              + " at character " + (control + 1) + ": a key cannot hold control characters; remove it");
    }
    if (s.length() <= FieldLimits.MAX_KEY_CHARS) {
      return;
    }
    int len = s.codePointCount(0, s.length());
    if (len > FieldLimits.MAX_KEY_CHARS) {
      add(
          path,
          IssueCodes.KEY_TOO_LONG,
          "is " + len + " characters, at most " + FieldLimits.MAX_KEY_CHARS
              + " allowed for a field that entries are looked up by: shorten it");
    }
  }

  private String vocabularyMessage(Facet facet, JsonNode value) {
    if (value == null) {
      return "absent, so not in profile " + profile.name() + " " + choices(facet);
    }
    String shown = shown(value);
    String fix =
        value.isTextual()
            ? profile
                .canonicalFor(facet, value.textValue())
                .map(c -> " (" + shown + " is a known alias of '" + c + "': run nk normalize)")
                .orElse(otherProfileHint(facet, value.textValue()))
            : "";
    return shown + " is not in profile " + profile.name() + fix + " " + choices(facet);
  }

  /** A value as quoted in a message: strings in single quotes, long values abbreviated. */
  static String shown(JsonNode value) {
    if (value.isTextual()) {
      return "'" + Abbreviation.of(value.textValue()) + "'";
    }
    return value.isContainerNode() ? typeName(value) : Abbreviation.of(value.toString());
  }

  private String otherProfileHint(Facet facet, String value) {
    TaxonomyProfile exploration = TaxonomyProfile.exploration();
    if (!profile.name().equals(exploration.name()) && exploration.allows(facet, value)) {
      return " (use --profile exploration)";
    }
    return "";
  }

  private String choices(Facet facet) {
    return "(one of: " + String.join(", ", profile.values(facet)) + ")";
  }

  static String typeName(JsonNode v) {
    return v.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
