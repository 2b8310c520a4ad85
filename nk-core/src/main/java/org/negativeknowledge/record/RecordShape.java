package org.negativeknowledge.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** The shapes an entry can have (spec section 2). */
public enum RecordShape {
  /** A depth-1 NK record: one failed round. */
  DEPTH1,
  /** A depth-N NK record (N >= 2): one curator pass over several failed rounds. */
  DEEP,
  /** A knowledge entry (positive finding or curated claim), identified by {@code id}. */
  KNOWLEDGE;

  /** The name used on the wire and on the command line: {@code depth1}, {@code deep}, {@code knowledge}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire name; throws {@link IllegalArgumentException} naming the accepted values. */
  public static RecordShape fromWireName(String name) {
    for (RecordShape s : values()) {
      if (s.wireName().equalsIgnoreCase(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown record shape '" + name + "': use depth1, deep or knowledge");
  }

  /**
   * Tells the shape of a JSON value. A knowledge entry has a {@code kind} or {@code claim}, or an
   * {@code id} and no {@code task_id}; an NK record with an integer {@code depth} >= 2 is deep;
   * anything else (including non-objects) is treated as depth 1.
   */
  public static RecordShape detect(JsonNode node) {
    if (node != null && node.isObject()) {
      if (node.hasNonNull("kind") || node.has("claim") || (node.has("id") && !node.has("task_id"))) {
        return KNOWLEDGE;
      }
      if (inferDepth(node) >= 2) {
        return DEEP;
      }
    }
    return DEPTH1;
  }

  /** The record's depth: its {@code depth} when that is an integer >= 2, else 1. */
  public static int inferDepth(JsonNode node) {
    if (node != null && node.isObject()) {
      JsonNode d = node.get("depth");
      if (d != null && d.isIntegralNumber() && d.canConvertToInt() && d.intValue() >= 2) {
        return d.intValue();
      }
    }
    return 1;
  }
}
