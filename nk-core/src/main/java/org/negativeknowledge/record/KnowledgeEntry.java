package org.negativeknowledge.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A knowledge entry: a positive finding or a curated claim (spec section 2), e.g. {@code {id,
 * kind, domain, claim, applicability, evidence, ...}}. A tolerant view over its JSON object.
 *
 * @param json the entry's JSON object, kept as given
 */
public record KnowledgeEntry(ObjectNode json) implements NkRecord {
  public KnowledgeEntry {
    Objects.requireNonNull(json, "json");
  }

  @Override
  public RecordShape shape() {
    return RecordShape.KNOWLEDGE;
  }

  /** The entry's stable id. */
  public String id() {
    return NkRecord.text(json, "id");
  }

  /** {@code positive} or {@code negative} as written, or {@code null}. */
  public String kind() {
    return NkRecord.text(json, "kind");
  }

  /** The domain the entry applies to. */
  public String domain() {
    return NkRecord.text(json, "domain");
  }

  /** What the entry asserts. */
  public String claim() {
    return NkRecord.text(json, "claim");
  }

  /** Where the claim applies. */
  public String applicability() {
    return NkRecord.text(json, "applicability");
  }

  /** The method tried, for entries that record an attempt. */
  public String attemptedRoute() {
    return NkRecord.text(json, "attempted_route");
  }

  /** The action the entry recommends, from whichever field the entry uses for it. */
  public String recommendedAction() {
    String a = NkRecord.text(json, "recommended_alternative_or_action");
    return a != null ? a : NkRecord.text(json, "recommended_alternative");
  }

  /** The evidence as written: text, or an array of {@code {file, summary}} objects. */
  public JsonNode evidence() {
    return json.get("evidence");
  }
}
