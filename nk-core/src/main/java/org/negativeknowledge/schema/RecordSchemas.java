package org.negativeknowledge.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.taxonomy.Facet;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.FieldLimits;

/**
 * JSON Schemas (draft 2020-12) that say what the strict validator says, for tools that speak JSON
 * Schema (a model's tool input schema, an editor, another language). One check cannot be
 * expressed in JSON Schema and stays with the validator: a deep record's recommended alternative
 * must not repeat one of its ruled-out routes.
 */
public final class RecordSchemas {
  /** Deep schemas without a fixed depth check round numbers for this many rounds. */
  private static final int GENERIC_ROUNDS = 32;
  private static final String NON_BLANK = "\\S";
  private static final int KEY = FieldLimits.MAX_KEY_CHARS;

  private RecordSchemas() {}

  /** The schema of a shape; a deep schema accepts any depth >= 2. */
  public static ObjectNode schema(RecordShape shape, TaxonomyProfile profile) {
    return switch (shape) {
      case DEPTH1 -> depth1(profile);
      case DEEP -> deep(profile, 0);
      case KNOWLEDGE -> knowledge(profile);
    };
  }

  /**
   * The schema of a shape at a fixed depth: for {@link RecordShape#DEEP} with {@code depth >= 2}
   * the record's {@code depth} and number of rounds must equal it; other shapes ignore it.
   */
  public static ObjectNode schema(RecordShape shape, TaxonomyProfile profile, int depth) {
    if (shape == RecordShape.DEEP && depth < 2) {
      throw new IllegalArgumentException("a deep record has depth >= 2, got " + depth);
    }
    return shape == RecordShape.DEEP ? deep(profile, depth) : schema(shape, profile);
  }

  private static ObjectNode depth1(TaxonomyProfile profile) {
    ObjectNode s = root("Depth-1 negative-knowledge record", "One failed round: what was tried, what happened, why, and what to try instead.");
    ObjectNode p = s.putObject("properties");
    p.set("task_id", key(text(KEY, "The task or program the attempt belonged to.")));
    optionalKeys(p, "id", "domain");
    ObjectNode d = p.putObject("depth");
    d.put("type", "integer").put("minimum", 1).put("maximum", Integer.MAX_VALUE);
    d.put("description", "1 when present: a depth-1 record summarises one round.");
    p.set("attempted_route", text(200, "The method tried, named concretely: library, function, parameters."));
    p.set("observation", text(200, "What happened, with a concrete signature: error text, number, timing."));
    p.set("failure", failure(profile, true));
    p.set("rationale", text(300, "The mechanism: why it failed, not a restatement of the observation."));
    p.set("recommended_alternative", text(300, "One concrete next route, as specific as attempted_route."));
    explorationProperties(p);
    required(s, "task_id", "attempted_route", "observation", "failure", "rationale", "recommended_alternative");
    trivialReasonRule(s);
    return s;
  }

  private static ObjectNode deep(TaxonomyProfile profile, int depth) {
    ObjectNode s = root("Depth-N negative-knowledge record", "One curator pass over several failed rounds of the same task.");
    ObjectNode p = s.putObject("properties");
    p.set("task_id", key(text(KEY, "The task or program the attempts belonged to.")));
    optionalKeys(p, "id", "domain");
    ObjectNode d = p.putObject("depth");
    d.put("type", "integer");
    if (depth >= 2) {
      d.put("const", depth);
    } else {
      d.put("minimum", 2);
    }
    d.put("description", "The number of rounds summarised.");
    ObjectNode rounds = p.putObject("rounds_summary");
    rounds.put("type", "array");
    rounds.put("description", "One entry per round, in order.");
    int n = depth >= 2 ? depth : GENERIC_ROUNDS;
    ArrayNode prefix = rounds.putArray("prefixItems");
    for (int i = 1; i <= n; i++) {
      ObjectNode item = prefix.addObject();
      item.putObject("properties").putObject("round").put("const", i);
      item.putArray("required").add("round");
    }
    if (depth >= 2) {
      rounds.put("minItems", depth);
      rounds.put("maxItems", depth);
    } else {
      rounds.put("minItems", 2);
    }
    ObjectNode item = rounds.putObject("items");
    item.put("type", "object");
    ObjectNode ip = item.putObject("properties");
    ip.putObject("round").put("type", "integer").put("minimum", 1);
    ip.set("attempted_route", text(200, "The method tried in this round."));
    ip.set("observation", text(200, "What happened in this round."));
    required(item, "round", "attempted_route", "observation");
    ObjectNode ruled = p.putObject("ruled_out_routes");
    ruled.put("type", "array");
    ruled.put("minItems", 2);
    ruled.put("description", "Routes the rounds have shown not to work; at least two.");
    ObjectNode ri = ruled.putObject("items");
    ri.put("type", "string");
    ri.put("pattern", NON_BLANK);
    p.set("synthesised_diagnosis", text(400, "One mechanism that explains every round."));
    p.set("failure", failure(profile, true));
    p.set("rationale", text(300, "Why the route failed."));
    p.set("recommended_alternative", text(300, "One concrete next route that none of the rounds ruled out."));
    explorationProperties(p);
    required(
        s,
        "task_id",
        "depth",
        "rounds_summary",
        "ruled_out_routes",
        "synthesised_diagnosis",
        "failure",
        "rationale",
        "recommended_alternative");
    trivialReasonRule(s);
    return s;
  }

  private static ObjectNode knowledge(TaxonomyProfile profile) {
    ObjectNode s = root("Knowledge entry", "A positive finding or a curated claim kept in a bank.");
    ObjectNode p = s.putObject("properties");
    p.set("id", key(text(KEY, "Stable identifier of the entry.")));
    ObjectNode kind = p.putObject("kind");
    kind.putArray("enum").add("positive").add("negative");
    p.set("domain", key(text(KEY, "The domain the entry applies to.")));
    optionalKeys(p, "task_id");
    p.set("claim", text(0, "What the entry asserts."));
    p.set("attempted_route", text(0, "The method tried, for entries that record an attempt."));
    p.set("failure", failure(profile, false));
    required(s, "id", "kind", "domain");
    ArrayNode anyOf = s.putArray("anyOf");
    anyOf.addObject().putArray("required").add("claim");
    anyOf.addObject().putArray("required").add("attempted_route");
    return s;
  }

  private static ObjectNode root(String title, String description) {
    ObjectNode s = NkJson.mapper().createObjectNode();
    s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    s.put("title", title);
    s.put("description", description);
    s.put("type", "object");
    return s;
  }

  private static ObjectNode text(int maxLength, String description) {
    ObjectNode t = NkJson.mapper().createObjectNode();
    t.put("type", "string");
    t.put("pattern", NON_BLANK);
    if (maxLength > 0) {
      t.put("maxLength", maxLength);
    }
    t.put("description", description);
    return t;
  }

  private static ObjectNode failure(TaxonomyProfile profile, boolean requireFacets) {
    ObjectNode f = NkJson.mapper().createObjectNode();
    f.put("type", "object");
    f.put("description", "How it failed, in the closed vocabulary of profile " + profile.name() + ".");
    ObjectNode fp = f.putObject("properties");
    for (Facet facet : Facet.values()) {
      ObjectNode e = fp.putObject(facet.fieldName());
      e.put("type", "string");
      ArrayNode values = e.putArray("enum");
      profile.values(facet).forEach(values::add);
    }
    if (requireFacets) {
      ArrayNode req = f.putArray("required");
      for (Facet facet : Facet.values()) {
        req.add(facet.fieldName());
      }
    }
    return f;
  }

  /** Key fields a shape does not define: any type, but a string among them is bounded. */
  private static void optionalKeys(ObjectNode p, String... fields) {
    for (String f : fields) {
      key(p.putObject(f).put("maxLength", KEY))
          .put("description", "A key a bank looks entries up by; at most " + KEY + " characters.");
    }
  }

  /** A string key holds no control character (a bank cannot store U+0000; no key needs one). */
  private static ObjectNode key(ObjectNode schema) {
    schema.putObject("not").put("type", "string").put("pattern", "[\\u0000-\\u001F\\u007F]");
    return schema;
  }

  private static void explorationProperties(ObjectNode p) {
    p.putObject("round").put("type", "integer").put("minimum", 1);
    p.putObject("is_trivial").put("type", "boolean");
    p.putObject("trivial_degree").put("type", "integer").put("minimum", 0).put("maximum", 3);
    p.set("trivial_reason", text(200, "Why the round's outcome was trivial; only when is_trivial is true."));
  }

  private static void trivialReasonRule(ObjectNode s) {
    ObjectNode rule = s.putObject("dependentSchemas").putObject("trivial_reason");
    rule.putObject("properties").putObject("is_trivial").put("const", true);
    rule.putArray("required").add("is_trivial");
  }

  private static void required(ObjectNode s, String... fields) {
    ArrayNode r = s.putArray("required");
    for (String f : fields) {
      r.add(f);
    }
  }
}
