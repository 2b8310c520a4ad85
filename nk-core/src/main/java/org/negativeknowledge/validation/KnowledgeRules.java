package org.negativeknowledge.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/**
 * Rules for knowledge entries: an id, a kind, a domain, and a claim or a route. Strict adds
 * types, a known kind and, when a failure block is present, its vocabulary.
 */
final class KnowledgeRules extends FieldChecks {
  public KnowledgeRules(TaxonomyProfile profile, ValidationLevel level, List<ValidationIssue> issues) {
    super(profile, level, issues);
  }

  /** Checks one entry (already known to be an object). */
  public void check(JsonNode entry) {
    requirePresent(entry, "", "id", "kind", "domain");
    if (!entry.has("claim") && !entry.has("attempted_route")) {
      add(
          "claim",
          IssueCodes.MISSING_FIELD,
          "a knowledge entry needs a \"claim\" or an \"attempted_route\": add the one it states");
    }
    keyFields(entry);
    if (!strict()) {
      return;
    }
    text(entry, "id", "id", 0);
    text(entry, "domain", "domain", 0);
    text(entry, "claim", "claim", 0);
    text(entry, "attempted_route", "attempted_route", 0);
    JsonNode kind = entry.get("kind");
    if (kind != null
        && !(kind.isTextual() && (kind.textValue().equals("positive") || kind.textValue().equals("negative")))) {
      add("kind", IssueCodes.NOT_IN_VOCABULARY, shown(kind) + " is not a kind: use \"positive\" or \"negative\"");
    }
    JsonNode failure = entry.get("failure");
    if (failure != null && (!failure.isObject() || failure.size() > 0)) {
      failureBlock(entry, false);
    }
  }
}
