package org.negativeknowledge.app.loop.internal.solver;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.negativeknowledge.curator.model.ToolDefinition;

/**
 * The one tool the model solver forces: {@code submit_attempt}, whose input is the whole answer of
 * an attempt (decisions on every shown entry, the plan, the notes, the candidate files).
 */
final class SubmitTool {
  static final String NAME = "submit_attempt";

  private SubmitTool() {}

  static ToolDefinition definition() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode schema = f.objectNode();
    schema.put("type", "object");
    ObjectNode p = schema.putObject("properties");
    ObjectNode decisions = p.putObject("decisions");
    decisions.put("type", "array");
    decisions.put("description", "One decision per bank entry listed in the prompt; empty when none is listed.");
    ObjectNode d = decisions.putObject("items");
    d.put("type", "object");
    ObjectNode dp = d.putObject("properties");
    dp.putObject("entry_id").put("type", "string");
    dp.putObject("decision").put("type", "string").putArray("enum").add("adopt").add("reject");
    dp.putObject("reason").put("type", "string").put("description", "One line: why it applies, or why not.");
    d.putArray("required").add("entry_id").add("decision").add("reason");
    p.putObject("plan").put("type", "string").put("description", "The route this attempt takes, in one paragraph.");
    p.putObject("reasoning").put("type", "string")
        .put("description", "Notes for a reviewer: approach, risks, how the memory shown was used.");
    ObjectNode files = p.putObject("files");
    files.put("type", "array");
    files.put("description", "The candidate file and any file it needs, complete.");
    ObjectNode fi = files.putObject("items");
    fi.put("type", "object");
    fi.putObject("properties").putObject("path").put("type", "string");
    ((ObjectNode) fi.path("properties")).putObject("content").put("type", "string");
    fi.putArray("required").add("path").add("content");
    files.put("minItems", 1);
    schema.putArray("required").add("decisions").add("plan").add("reasoning").add("files");
    return new ToolDefinition(NAME, "Submit this attempt: decisions on the bank entries shown, the plan, notes and the"
        + " candidate files. Call it exactly once.", schema);
  }

  /** The instructions appended to the prompt: how the model answers. */
  static String answerSection(String candidate, boolean entriesShown) {
    return "\n## How to answer\n\nCall `" + NAME + "` once. `files` holds the complete `" + candidate + "` (and any"
        + " other file it needs, paths relative to its folder); `plan` says the route you take in one paragraph;"
        + " `reasoning` holds your notes (approach, risks, how you used what you were shown)"
        + (entriesShown ? "; `decisions` holds one decision per bank entry listed above (adopt or reject, with a"
            + " one-line reason)." : "; `decisions` stays empty (no bank entry is listed).") + "\n";
  }
}
