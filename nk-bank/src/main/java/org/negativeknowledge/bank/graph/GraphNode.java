package org.negativeknowledge.bank.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One node of a research graph: the JSON object exactly as written (the paper's files vary in
 * their fields, so the object is the truth), with its type and id read from {@code node_type} and
 * {@code id}.
 *
 * @param original the node object; shared, treat as read-only
 */
public record GraphNode(ObjectNode original) {

  /** The paper's node types. */
  public static final String QUESTION = "Question";
  public static final String EXPERIMENT = "Experiment";
  public static final String FINDING = "Finding";
  public static final String DECISION = "Decision";

  public GraphNode {
    Objects.requireNonNull(original, "original");
  }

  /** {@code Question}, {@code Experiment}, {@code Finding}, {@code Decision}, or what the file says. */
  public String type() {
    return original.path("node_type").asText("");
  }

  /** The node's id, or blank. */
  public String id() {
    return original.path("id").asText("");
  }

  /** The bank entries an Experiment cites ({@code cites_bank}); empty for other nodes. */
  public List<String> citesBank() {
    return texts(original.get("cites_bank"));
  }

  /** The bank entries an Experiment rejects ({@code rejects_bank}); empty for other nodes. */
  public List<String> rejectsBank() {
    return texts(original.get("rejects_bank"));
  }

  private static List<String> texts(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      for (JsonNode x : n) {
        if (x.isTextual() && !x.textValue().isBlank()) {
          out.add(x.textValue());
        }
      }
    }
    return out;
  }
}
