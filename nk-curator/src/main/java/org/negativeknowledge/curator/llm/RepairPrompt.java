package org.negativeknowledge.curator.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.curator.ArtifactReader;
import org.negativeknowledge.curator.prompt.PromptKind;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.validation.ValidationReport;

/**
 * The repair turn's prompt: the record the model wrote, its issues and the bounds of every field,
 * but not the artifacts again. It opens a fresh conversation, so a repair costs about the size of
 * the record instead of the whole curation prompt once more.
 */
final class RepairPrompt {

  /** The most characters of an unparsable answer quoted back to the model. */
  static final int QUOTE_CHARS = 4_000;

  private RepairPrompt() {}

  /**
   * The prompt.
   *
   * @param record the record written, or null when the answer was not one JSON object
   * @param rawAnswer the answer's text when {@code record} is null (quoted, bounded), else ignored
   * @param outputRule how to submit the corrected record
   */
  static String of(CurationJob job, ObjectNode schema, ObjectNode record, String rawAnswer,
      ValidationReport report, String outputRule) {
    StringBuilder sb = new StringBuilder("# Repair of your record\n\n");
    sb.append("You curated task ").append(job.task().taskId()).append(" (").append(what(job))
        .append(") and the record you submitted does not pass validation. The input files are not shown")
        .append(" again: correct the record from what it already says and change only what the problems")
        .append(" below require. Shorten a field by cutting words, not facts; pick a value from the")
        .append(" listed ones; keep every other field as it is.\n\n");
    if (record != null) {
      sb.append("## Your record\n\n```json\n").append(NkJson.pretty(record)).append("\n```\n\n");
    } else {
      sb.append("## What you submitted\n\n").append(ArtifactReader.excerpt(rawAnswer, QUOTE_CHARS)).append("\n\n");
    }
    sb.append(RecordCheck.describe(report).replace("The record has these problems:", "## Problems\n")).append('\n');
    sb.append("## Bounds\n\n");
    for (String b : bounds(schema)) {
      sb.append("- ").append(b).append('\n');
    }
    sb.append('\n').append(outputRule);
    return sb.toString();
  }

  private static String what(CurationJob job) {
    return job.kind() == PromptKind.DEEP
        ? "one record over " + job.rounds().size() + " rounds"
        : job.kind() == PromptKind.ROUND2 ? "round 2, after the round-1 record" : "one failed round";
  }

  /** One line per bounded field of {@code schema}: lengths, allowed values, fixed values, item counts. */
  static List<String> bounds(ObjectNode schema) {
    List<String> out = new ArrayList<>();
    walk("", schema, out);
    return out;
  }

  private static void walk(String prefix, JsonNode schema, List<String> out) {
    for (Map.Entry<String, JsonNode> e : schema.path("properties").properties()) {
      String path = prefix + e.getKey();
      JsonNode p = e.getValue();
      if (p.has("maxLength")) {
        out.add("`" + path + "`: at most " + p.get("maxLength").asInt() + " characters");
      }
      if (p.has("enum")) {
        List<String> values = new ArrayList<>();
        p.get("enum").forEach(v -> values.add(v.asText()));
        out.add("`" + path + "`: one of " + String.join(", ", values));
      }
      if (p.has("const")) {
        out.add("`" + path + "`: exactly " + p.get("const"));
      }
      if (p.has("minItems") || p.has("maxItems")) {
        out.add("`" + path + "`: " + items(p));
      }
      if (p.has("properties")) {
        walk(path + ".", p, out);
      }
      if (p.path("items").has("properties")) {
        walk(path + "[].", p.get("items"), out);
      }
    }
  }

  private static String items(JsonNode p) {
    if (p.has("minItems") && p.has("maxItems") && p.get("minItems").asInt() == p.get("maxItems").asInt()) {
      return "exactly " + p.get("minItems").asInt() + " items";
    }
    return p.has("maxItems")
        ? p.path("minItems").asInt(0) + " to " + p.get("maxItems").asInt() + " items"
        : "at least " + p.get("minItems").asInt() + " items";
  }
}
