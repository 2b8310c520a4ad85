package org.negativeknowledge.app.loop.internal;

import org.negativeknowledge.app.loop.internal.files.JsonFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.LoopTask;
import org.negativeknowledge.app.loop.TaskFormatException;
import org.negativeknowledge.app.loop.TaskSchema;

/**
 * A ScienceAgentBench task file ({@code task_NNN.json} with {@code task_inst}) read as a loop task:
 * the instruction is the task text followed by its domain knowledge, dataset tree, dataset preview
 * and expected output; the id is the zero-padded {@code instance_id} (as the paper's files name
 * tasks). Such a task has no run or evaluate command: it can be replayed, not run locally.
 */
public final class SabTaskReader {
  private static final Pattern FILE_ID = Pattern.compile("task_([A-Za-z0-9_.-]+)\\.json");

  private SabTaskReader() {}

  /** Whether {@code file} is a JSON object with a textual {@code task_inst}. */
  public static boolean isSabFile(Path file) {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") || !Files.isRegularFile(file)) {
      return false;
    }
    try {
      return JsonFiles.read(file).path("task_inst").isTextual();
    } catch (LoopException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  /** Reads the task. */
  public static LoopTask read(Path file) {
    ObjectNode sab;
    try {
      sab = JsonFiles.read(file);
    } catch (LoopException e) {
      throw new TaskFormatException(e.getMessage(), e);
    }
    String id = id(file, sab);
    Path abs = file.toAbsolutePath().normalize();
    return new LoopTask(id, instruction(sab), domain(sab), List.of(), Optional.empty(), LoopTask.DEFAULT_CANDIDATE,
        Optional.empty(), Optional.empty(), java.time.Duration.ofSeconds(TaskSchema.DEFAULT_TIME_LIMIT_SEC),
        TaskSchema.DEFAULT_MEMORY_LIMIT_MB, java.time.Duration.ofSeconds(TaskSchema.DEFAULT_EVALUATE_TIME_LIMIT_SEC),
        false, abs.getParent(), abs);
  }

  /** The instruction composed from the task's fields. */
  public static String instruction(ObjectNode sab) {
    StringBuilder b = new StringBuilder(sab.path("task_inst").asText().strip());
    section(b, "Domain knowledge", sab.path("domain_knowledge"));
    section(b, "Dataset folder", sab.path("dataset_folder_tree"));
    section(b, "Dataset preview", sab.path("dataset_preview"));
    section(b, "Expected output file", sab.path("output_fname"));
    return b.append('\n').toString();
  }

  /** The task's {@code domain}, if it names one. */
  public static Optional<String> domain(ObjectNode sab) {
    JsonNode d = sab.path("domain");
    return d.isTextual() && !d.asText().isBlank() ? Optional.of(d.asText().strip()) : Optional.empty();
  }

  private static void section(StringBuilder b, String title, JsonNode value) {
    if (value.isTextual() && !value.asText().isBlank()) {
      b.append("\n\n").append(title).append(":\n").append(value.asText().strip());
    }
  }

  private static String id(Path file, ObjectNode sab) {
    JsonNode n = sab.path("instance_id");
    if (n.isIntegralNumber()) {
      return String.format(Locale.ROOT, "%03d", n.asLong());
    }
    if (n.isTextual() && n.asText().matches(TaskSchema.ID_PATTERN)) {
      return n.asText();
    }
    Matcher m = FILE_ID.matcher(file.getFileName().toString());
    if (m.matches()) {
      return m.group(1);
    }
    throw new TaskFormatException(file + ": instance_id: missing, and the file name is not task_<id>.json;"
        + " give the task an instance_id");
  }
}
