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

  FakeReply answer(JsonNode request) {
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
