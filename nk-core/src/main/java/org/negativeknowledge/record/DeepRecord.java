package org.negativeknowledge.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A depth-N NK record (N >= 2): one curator pass over several failed rounds (spec section 2). A
 * tolerant view over its JSON object.
 *
 * @param json the record's JSON object, kept as given
 */
public record DeepRecord(ObjectNode json) implements NkFailureRecord {
  public DeepRecord {
    Objects.requireNonNull(json, "json");
  }

  @Override
  public RecordShape shape() {
    return RecordShape.DEEP;
  }

  /** The declared depth, or {@code null} when absent or not an integer. */
  public Integer depth() {
    return NkRecord.integer(json, "depth");
  }

  /** The rounds, in order; non-object elements are skipped. */
  public List<RoundSummary> roundsSummary() {
    List<RoundSummary> out = new ArrayList<>();
    JsonNode rounds = json.get("rounds_summary");
    if (rounds != null && rounds.isArray()) {
      rounds.forEach(r -> {
        if (r.isObject()) {
          out.add(RoundSummary.from(r));
        }
      });
    }
    return out;
  }

  /** The ruled-out routes; non-string elements are skipped. */
  public List<String> ruledOutRoutes() {
    List<String> out = new ArrayList<>();
    JsonNode routes = json.get("ruled_out_routes");
    if (routes != null && routes.isArray()) {
      routes.forEach(r -> {
        if (r.isTextual()) {
          out.add(r.textValue());
        }
      });
    }
    return out;
  }

  /** The one mechanism that explains every round. */
  public String synthesisedDiagnosis() {
    return NkRecord.text(json, "synthesised_diagnosis");
  }

  /** A builder that writes the fields in the spec's order. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a new deep record object; {@code depth} is set from the rounds. Not thread-safe. */
  public static final class Builder {
    private String taskId;
    private final List<RoundSummary> rounds = new ArrayList<>();
    private final List<String> ruledOut = new ArrayList<>();
    private String diagnosis;
    private FailureFacets failure;
    private String rationale;
    private String alternative;

    private Builder() {}

    public Builder taskId(String v) {
      taskId = v;
      return this;
    }

    public Builder addRound(RoundSummary r) {
      rounds.add(r);
      return this;
    }

    public Builder addRuledOutRoute(String r) {
      ruledOut.add(r);
      return this;
    }

    public Builder synthesisedDiagnosis(String v) {
      diagnosis = v;
      return this;
    }

    public Builder failure(FailureFacets v) {
      failure = v;
      return this;
    }

    public Builder rationale(String v) {
      rationale = v;
      return this;
    }

    public Builder recommendedAlternative(String v) {
      alternative = v;
      return this;
    }

    public DeepRecord build() {
      ObjectNode o = NkJson.mapper().createObjectNode();
      o.put("task_id", taskId);
      o.put("depth", rounds.size());
      ArrayNode rs = o.putArray("rounds_summary");
      rounds.forEach(r -> rs.add(r.toJson()));
      ArrayNode ro = o.putArray("ruled_out_routes");
      ruledOut.forEach(ro::add);
      o.put("synthesised_diagnosis", diagnosis);
      o.set("failure", failure == null ? NkJson.mapper().createObjectNode() : failure.toJson());
      o.put("rationale", rationale);
      o.put("recommended_alternative", alternative);
      return new DeepRecord(o);
    }
  }
}
