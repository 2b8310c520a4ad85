package org.negativeknowledge.bank.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.negativeknowledge.bank.entry.BankEntry;

/**
 * Pulls every searchable text out of an entry's original object, in a fixed order (most telling
 * fields first), for indexing and for snippets. Fields that are absent, not text or blank are
 * skipped; unknown fields are not searched.
 */
public final class EntryTexts {

  private EntryTexts() {}

  /** The entry's searchable texts, most telling first. */
  public static List<FieldText> of(BankEntry entry) {
    ObjectNode o = entry.original();
    List<FieldText> out = new ArrayList<>();
    add(out, TextField.CLAIM, o.get("claim"));
    add(out, TextField.ROUTE, o.get("attempted_route"));
    add(out, TextField.DIAGNOSIS, o.get("synthesised_diagnosis"));
    add(out, TextField.RULED_OUT, o.get("ruled_out_routes"));
    add(out, TextField.OBSERVATION, o.get("observation"));
    JsonNode rounds = o.get("rounds_summary");
    if (rounds != null && rounds.isArray()) {
      for (JsonNode r : rounds) {
        add(out, TextField.ROUTE, r.get("attempted_route"));
        add(out, TextField.OBSERVATION, r.get("observation"));
      }
    }
    add(out, TextField.RATIONALE, o.get("rationale"));
    add(out, TextField.ALTERNATIVE, o.get("recommended_alternative"));
    add(out, TextField.ALTERNATIVE, o.get("recommended_alternative_or_action"));
    add(out, TextField.APPLICABILITY, o.get("applicability"));
    add(out, TextField.METHOD, o.get("method"));
    add(out, TextField.METHOD, o.get("regime"));
    JsonNode evidence = o.get("evidence");
    if (evidence != null && evidence.isArray()) {
      for (JsonNode ev : evidence) {
        add(out, TextField.EVIDENCE, ev.isObject() ? ev.get("summary") : ev);
      }
    } else {
      add(out, TextField.EVIDENCE, evidence);
    }
    add(out, TextField.OTHER, o.get("trivial_reason"));
    add(out, TextField.OTHER, o.get("relationship_to_round1"));
    add(out, TextField.IDENTITY, textNode(entry.id()));
    if (entry.taskId() != null && !entry.taskId().equals(entry.id())) {
      add(out, TextField.IDENTITY, textNode(entry.taskId()));
    }
    if (entry.domain() != null) {
      add(out, TextField.IDENTITY, textNode(entry.domain()));
    }
    return out;
  }

  private static JsonNode textNode(String s) {
    return s == null ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(s);
  }

  private static void add(List<FieldText> out, TextField field, JsonNode node) {
    if (node == null || node.isNull()) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        add(out, field, n);
      }
      return;
    }
    if (node.isValueNode()) {
      String s = node.asText();
      if (!s.isBlank()) {
        out.add(new FieldText(field, s));
      }
    }
  }
}
