package org.negativeknowledge.bank.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.record.PolarityInference;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.taxonomy.Facet;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.ValidationLevel;
import org.negativeknowledge.validation.Validator;

/**
 * Decides whether an object can be stored and derives its metadata.
 *
 * <p>What "valid for import" means: the bank stores knowledge, including the paper's positive
 * entries whose {@code failure} is empty and whose texts are blank, so reference validation never
 * rejects; its issues are kept as warnings with the entry. A record is rejected only when it
 * cannot be an entry at all:
 *
 * <ul>
 *   <li>it has none of the fields that make an NK record or a knowledge entry ({@code
 *       attempted_route}, {@code observation}, {@code failure}, {@code rationale}, {@code
 *       recommended_alternative}, {@code rounds_summary}, {@code ruled_out_routes}, {@code
 *       synthesised_diagnosis}, {@code claim}, {@code applicability}, {@code kind});
 *   <li>its {@code id} is present but not a non-blank string;
 *   <li>its {@code failure} is present but not an object (no facets, no polarity can be read);
 *   <li>its {@code task_id} or {@code domain} is present but neither a string nor null;
 *   <li>a key value ({@code id}, {@code task_id}, {@code domain}, a failure facet) is longer than
 *       {@link org.negativeknowledge.validation.FieldLimits#MAX_KEY_CHARS} characters or holds a
 *       control character (see {@link KeyFieldBounds}): the search index could not take it,
 *       PostgreSQL cannot store U+0000, and it could never be a useful key.
 * </ul>
 */
final class EntryDerivation {
  private static final Set<String> CONTENT_FIELDS =
      Set.of(
          "attempted_route",
          "observation",
          "failure",
          "rationale",
          "recommended_alternative",
          "rounds_summary",
          "ruled_out_routes",
          "synthesised_diagnosis",
          "claim",
          "applicability",
          "kind");

  private final Validator validator;
  private final String domainTag;

  EntryDerivation(TaxonomyProfile profile, String domainTag) {
    this.validator = Validator.of(profile, ValidationLevel.REFERENCE);
    this.domainTag = domainTag;
  }

  /** Derives an entry from new content, every key value bounded ({@link KeyFieldBounds#ALL}). */
  DerivedEntry derive(ObjectNode record) throws InvalidRecordException {
    return derive(record, KeyFieldBounds.ALL);
  }

  /** Derives an entry, bounding the key values {@code bounds} names. */
  DerivedEntry derive(ObjectNode record, KeyFieldBounds bounds) throws InvalidRecordException {
    boolean recognisable = false;
    for (String f : CONTENT_FIELDS) {
      if (record.has(f)) {
        recognisable = true;
        break;
      }
    }
    if (!recognisable) {
      throw new InvalidRecordException(
          org.negativeknowledge.bank.io.Rejection.NOT_A_RECORD,
          "not an NK record or knowledge entry: it has none of attempted_route, observation,"
              + " failure, rationale, recommended_alternative, rounds_summary, ruled_out_routes,"
              + " synthesised_diagnosis, claim, applicability, kind");
    }
    JsonNode idNode = record.get("id");
    String id = null;
    if (idNode != null) {
      if (!idNode.isTextual() || idNode.textValue().isBlank()) {
        throw new InvalidRecordException("'id' must be a non-blank string, found " + NkJson.compact(idNode));
      }
      id = idNode.textValue();
    }
    JsonNode failure = record.get("failure");
    if (failure != null && !failure.isNull() && !failure.isObject()) {
      throw new InvalidRecordException(
          "'failure' must be an object of facets (or {} for positive knowledge), found "
              + failure.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    String taskId = optionalText(record, "task_id");
    String domain = optionalText(record, "domain");
    if (domain == null) {
      domain = domainTag;
    }
    Map<Facet, String> facets = new EnumMap<>(Facet.class);
    if (failure != null && failure.isObject()) {
      for (Facet facet : Facet.values()) {
        JsonNode v = failure.get(facet.fieldName());
        if (v != null && v.isTextual()) {
          facets.put(facet, v.textValue());
        }
      }
    }
    if (bounds != KeyFieldBounds.NONE) {
      if (bounds == KeyFieldBounds.ALL) {
        KeyFieldBounds.check("id", id);
      }
      KeyFieldBounds.check("task_id", taskId);
      KeyFieldBounds.check("domain", optionalText(record, "domain"));
      if (bounds == KeyFieldBounds.ALL && !record.hasNonNull("domain")) {
        KeyFieldBounds.check("domain", domainTag);
      }
      for (Map.Entry<Facet, String> f : facets.entrySet()) {
        KeyFieldBounds.check("failure." + f.getKey().fieldName(), f.getValue());
      }
    }
    String hash = CanonicalJson.sha256(record);
    if (id == null) {
      id = CanonicalJson.derivedId(hash);
    }
    RecordShape shape = RecordShape.detect(record);
    List<org.negativeknowledge.validation.ValidationIssue> warnings =
        validator.validate(record).issues();
    return new DerivedEntry(
        id,
        hash,
        record,
        NkJson.compact(record),
        shape,
        RecordShape.inferDepth(record),
        PolarityInference.infer(record),
        domain,
        taskId,
        facets,
        warnings);
  }

  private static String optionalText(ObjectNode record, String field) throws InvalidRecordException {
    JsonNode v = record.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new InvalidRecordException(
          "'" + field + "' must be a string, found " + NkJson.compact(v));
    }
    return v.textValue();
  }
}
