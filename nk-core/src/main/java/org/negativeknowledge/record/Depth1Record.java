package org.negativeknowledge.record;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A depth-1 NK record: one failed round (spec section 2). A tolerant view over its JSON object.
 *
 * @param json the record's JSON object, kept as given
 */
public record Depth1Record(ObjectNode json) implements NkFailureRecord {
  public Depth1Record {
    Objects.requireNonNull(json, "json");
  }

  @Override
  public RecordShape shape() {
    return RecordShape.DEPTH1;
  }

  /** The method tried. */
  public String attemptedRoute() {
    return NkRecord.text(json, "attempted_route");
  }

  /** What happened. */
  public String observation() {
    return NkRecord.text(json, "observation");
  }

  /** A builder that writes the fields in the spec's order; extra fields may follow. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a new depth-1 record object; unset fields are left out. Not thread-safe. */
  public static final class Builder {
    private final ObjectNode json = NkJson.mapper().createObjectNode();

    private Builder() {}

    public Builder taskId(String v) {
      json.put("task_id", v);
      return this;
    }

    public Builder attemptedRoute(String v) {
      json.put("attempted_route", v);
      return this;
    }

    public Builder observation(String v) {
      json.put("observation", v);
      return this;
    }

    public Builder failure(FailureFacets v) {
      json.set("failure", v.toJson());
      return this;
    }

    public Builder rationale(String v) {
      json.put("rationale", v);
      return this;
    }

    public Builder recommendedAlternative(String v) {
      json.put("recommended_alternative", v);
      return this;
    }

    /** Adds any other field (exploration extension, relationship_to_round1, ...). */
    public Builder extra(String field, String v) {
      json.put(field, v);
      return this;
    }

    public Depth1Record build() {
      return new Depth1Record(json.deepCopy());
    }
  }
}
