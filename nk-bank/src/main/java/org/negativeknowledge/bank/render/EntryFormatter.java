package org.negativeknowledge.bank.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.record.RecordShape;

/**
 * Formats one entry as a few short labelled lines: a header (id, polarity, domain, task, depth,
 * facets, flags), then what was tried and seen, why, and what to do instead. JSON keys, quotes and
 * braces are left out, which is where the saving against the raw record comes from.
 */
final class EntryFormatter {

  private EntryFormatter() {}

  static String format(RenderItem item) {
    BankEntry e = item.entry();
    ObjectNode o = e.original();
    StringBuilder out = new StringBuilder();
    out.append(header(item)).append('\n');
    if (e.shape() == RecordShape.KNOWLEDGE) {
      line(out, "claim", text(o, "claim"));
      line(out, "tried", text(o, "attempted_route"));
      line(out, "saw", text(o, "observation"));
      line(out, "method", text(o, "method"));
      line(out, "regime", text(o, "regime"));
      line(out, "applies", text(o, "applicability"));
      line(out, "why", text(o, "rationale"));
      line(out, "action", firstText(o, "recommended_alternative_or_action", "recommended_alternative"));
    } else if (e.shape() == RecordShape.DEEP) {
      List<String> ruledOut = texts(o.path("ruled_out_routes"));
      if (!ruledOut.isEmpty()) {
        StringJoiner j = new StringJoiner("; ");
        for (int i = 0; i < ruledOut.size(); i++) {
          j.add((i + 1) + ") " + ruledOut.get(i));
        }
        line(out, "ruled out", j.toString());
      }
      line(out, "diagnosis", text(o, "synthesised_diagnosis"));
      line(out, "why", text(o, "rationale"));
      line(out, "instead", text(o, "recommended_alternative"));
    } else {
      line(out, "tried", text(o, "attempted_route"));
      line(out, "saw", text(o, "observation"));
      line(out, "why", text(o, "rationale"));
      line(out, "instead", text(o, "recommended_alternative"));
    }
    if (o.path("is_trivial").asBoolean(false)) {
      line(out, "trivial", text(o, "trivial_reason"));
    }
    return out.toString();
  }

  private static String header(RenderItem item) {
    BankEntry e = item.entry();
    StringJoiner h = new StringJoiner(" | ");
    h.add("[" + e.id() + "] " + e.polarity().wireName());
    if (e.domain() != null && !e.domain().isBlank()) {
      h.add(e.domain());
    }
    if (e.taskId() != null && !e.taskId().isBlank() && !e.taskId().equals(e.id())) {
      h.add("task " + e.taskId());
    }
    if (e.depth() > 1) {
      h.add("depth " + e.depth());
    } else if (e.shape() == RecordShape.KNOWLEDGE && e.original().path("depth").isTextual()) {
      h.add(e.original().path("depth").asText());
    }
    if (!e.facets().isEmpty()) {
      h.add(String.join("/", e.facets().values()));
    }
    if (e.status() != EntryStatus.ACTIVE) {
      h.add(e.status().wireName());
    }
    for (String flag : item.flags()) {
      h.add("!! " + flag);
    }
    return h.toString();
  }

  private static void line(StringBuilder out, String label, String value) {
    if (value != null && !value.isBlank()) {
      out.append(label).append(": ").append(oneLine(value)).append('\n');
    }
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static String text(ObjectNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return String.join("; ", texts(n));
    }
    return n.isValueNode() ? n.asText() : null;
  }

  private static String firstText(ObjectNode o, String... fields) {
    for (String f : fields) {
      String t = text(o, f);
      if (t != null && !t.isBlank()) {
        return t;
      }
    }
    return null;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      if (n.isValueNode() && !n.asText().isBlank()) {
        out.add(n.asText());
      }
    }
    return out;
  }
}
