package org.negativeknowledge.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A typed view of one bank entry's JSON object. Reading tolerates anything: accessors return
 * {@code null} for absent or mistyped fields, and the underlying object, with its unknown fields
 * and field order, is kept as given ({@link #json()}). Writing is strict: see {@link
 * RecordWriter}.
 */
public sealed interface NkRecord permits NkFailureRecord, KnowledgeEntry {

  /** The JSON object this view reads from; unknown fields and field order as given. */
  ObjectNode json();

  /** The shape of this record. */
  RecordShape shape();

  /** The failure facets (empty facets when the block is absent or not an object). */
  default FailureFacets failure() {
    return FailureFacets.from(json().get("failure"));
  }

  /** The polarity, explicit or inferred, with its rule. */
  default InferredPolarity polarity() {
    return PolarityInference.infer(json());
  }

  /** The exploration-extension fields, empty ones where absent. */
  default Exploration exploration() {
    return Exploration.from(json());
  }

  /** Wraps a JSON object in the view its detected shape calls for. */
  static NkRecord of(ObjectNode json) {
    return switch (RecordShape.detect(json)) {
      case DEPTH1 -> new Depth1Record(json);
      case DEEP -> new DeepRecord(json);
      case KNOWLEDGE -> new KnowledgeEntry(json);
    };
  }

  /** A field's text, or {@code null} when absent or not a string. */
  static String text(JsonNode parent, String field) {
    JsonNode v = parent == null ? null : parent.get(field);
    return v != null && v.isTextual() ? v.textValue() : null;
  }

  /** A field's integer, or {@code null} when absent or not an integer. */
  static Integer integer(JsonNode parent, String field) {
    JsonNode v = parent == null ? null : parent.get(field);
    return v != null && v.isIntegralNumber() && v.canConvertToInt() ? v.intValue() : null;
  }
}
