package org.negativeknowledge.app.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negativeknowledge.curator.fake.FakeReply;

/**
 * The scripted solver of the example tasks as a model behind the fake Messages API: it answers each
 * request with one {@code submit_attempt} call holding the trapped program, unless the prompt
 * carries the lesson of the task's trap ({@code scripted/TASK/lesson.txt}), which only a memory of
 * an earlier failure puts there; then the fixed program. It adopts the bank entries whose text
 * carries the lesson and rejects the others.
 */
final class ScriptedModel {
  private static final Pattern TASK = Pattern.compile("(?m)^# Task (\\S+)");
  private static final Pattern ENTRIES = Pattern.compile("(?m)^Entries to decide on: (.+)$");

  private final Path scripted;

  ScriptedModel(Path examples) {
    this.scripted = examples.resolve("scripted");
  }

  private static final Pattern RECORD_TASK = Pattern.compile("`task_id`: \"([^\"]+)\"");
  private static final Pattern VERDICT = Pattern.compile("nk loop verdict: fail: ([^'\\n]+)");
  private static final Pattern KEY_ERROR = Pattern.compile("KeyError: '[^']+'");

  FakeReply answer(JsonNode request) {
    if (request.path("tools").path(0).path("name").asText().equals("write_record")) {
      return curate(prompt(request));
    }
    String prompt = prompt(request);
    Matcher t = TASK.matcher(prompt);
    if (!t.find()) {
      return FakeReply.error(400, "invalid_request_error");
    }
    String task = t.group(1);
    Pattern lesson = Pattern.compile(read(scripted.resolve(task).resolve("lesson.txt")).strip(), Pattern.CASE_INSENSITIVE);
    boolean learned = lesson.matcher(prompt).find();
    ObjectNode input = JsonNodeFactory.instance.objectNode();
    ArrayNode decisions = input.putArray("decisions");
    Matcher e = ENTRIES.matcher(prompt);
    if (e.find()) {
      for (String id : e.group(1).split(",\\s*")) {
        String block = entryBlock(prompt, id.strip());
        boolean useful = lesson.matcher(block).find();
        decisions.addObject().put("entry_id", id.strip()).put("decision", useful ? "adopt" : "reject")
            .put("reason", useful ? "it names the trap this task shares" : "it is about another failure");
      }
    }
    input.put("plan", (learned ? "apply the lesson of the earlier failure" : "compute directly from the data") + " for " + task);
    input.put("reasoning", "Scripted model: the prompt " + (learned ? "carries" : "lacks") + " the lesson.");
    input.putArray("files").addObject().put("path", "candidate.py")
        .put("content", read(scripted.resolve(task).resolve(learned ? "fixed.py" : "trapped.py")));
    return FakeReply.toolUse("submit_attempt", input);
  }

  /**
   * The scripted curator: a depth-1 record whose observation quotes the evaluator's message or the
   * exception of the failed round, as a model reading those logs would.
   */
  private static FakeReply curate(String prompt) {
    Matcher task = RECORD_TASK.matcher(prompt);
    Matcher verdict = VERDICT.matcher(prompt);
    Matcher key = KEY_ERROR.matcher(prompt);
    String seen = verdict.find() ? verdict.group(1) : key.find() ? key.group() : "the run failed";
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    r.put("task_id", task.find() ? task.group(1) : "unknown");
    r.put("attempted_route", "csv.DictReader over the data file, values used as they are stored");
    r.put("observation", seen.length() > 190 ? seen.substring(0, 190) : seen);
    ObjectNode f = r.putObject("failure");
    f.put("layer", "implementation_failure").put("scope", "local_failure").put("degree", "contradicted")
        .put("recommended_action", "change_method").put("risk", "medium_risk_drift");
    r.put("rationale", "The program read the stored values without the conventions the data's notes describe.");
    r.put("recommended_alternative", "Read the data's notes first and convert the stored values (names, units) before"
        + " computing: " + (seen.length() > 150 ? seen.substring(0, 150) : seen));
    return FakeReply.toolUse("write_record", r);
  }

  /** All text of the request's user turns. */
  static String prompt(JsonNode request) {
    StringBuilder b = new StringBuilder();
    for (JsonNode m : request.path("messages")) {
      JsonNode c = m.path("content");
      if (c.isTextual()) {
        b.append(c.asText()).append('\n');
      }
      for (JsonNode block : c) {
        b.append(block.path("text").asText("")).append('\n');
      }
    }
    return b.toString();
  }

  private static String entryBlock(String prompt, String id) {
    int start = prompt.indexOf("[" + id + "]");
    if (start < 0) {
      return "";
    }
    int end = prompt.indexOf("\n[", start + 1);
    return prompt.substring(start, end < 0 ? prompt.length() : end);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
