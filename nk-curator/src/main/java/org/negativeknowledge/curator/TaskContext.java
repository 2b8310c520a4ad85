package org.negativeknowledge.curator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.negativeknowledge.curator.internal.Causes;
import org.negativeknowledge.record.NkJson;

/**
 * The task a failed attempt belonged to.
 *
 * @param taskId the task or program id, copied into the record's {@code task_id}; never null
 * @param instruction the task instruction as the solver saw it; never null (may be empty)
 */
public record TaskContext(String taskId, String instruction) {
  public TaskContext {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(instruction, "instruction");
  }

  /**
   * A task whose instruction is read from a file: a ScienceAgentBench task JSON (its {@code
   * task_inst} field, or {@code instruction}) or plain text.
   *
   * @throws CuratorException when the file cannot be read, or is a JSON object with neither field
   */
  public static TaskContext fromInstructionFile(String taskId, Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CuratorException(file + ": cannot read the task instruction: " + Causes.chain(e), e);
    }
    String trimmed = text.strip();
    if (trimmed.startsWith("{")) {
      JsonNode json;
      try {
        json = NkJson.parseObject(trimmed);
      } catch (RuntimeException notJson) {
        return new TaskContext(taskId, text);
      }
      for (String field : new String[] {"task_inst", "instruction"}) {
        if (json.path(field).isTextual()) {
          return new TaskContext(taskId, json.path(field).asText());
        }
      }
      throw new CuratorException(
          file + ": a JSON task file needs a task_inst (ScienceAgentBench) or instruction field");
    }
    return new TaskContext(taskId, text);
  }
}
