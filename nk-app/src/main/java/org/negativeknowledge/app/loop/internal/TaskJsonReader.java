package org.negativeknowledge.app.loop.internal;

import org.negativeknowledge.app.loop.internal.files.JsonFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.LoopTask;
import org.negativeknowledge.app.loop.TaskFormatException;
import org.negativeknowledge.app.loop.TaskSchema;

/** Reads a {@code task.json} strictly: every field checked, unknown fields refused (typos). */
public final class TaskJsonReader {
  private final Path file;
  private final ObjectNode json;

  private TaskJsonReader(Path file, ObjectNode json) {
    this.file = file;
    this.json = json;
  }

  /**
   * Reads {@code file}.
   *
   * @throws TaskFormatException naming the file and the field when the task cannot be used
   */
  public static LoopTask read(Path file) {
    ObjectNode json;
    try {
      json = JsonFiles.read(file);
    } catch (LoopException e) {
      throw new TaskFormatException(e.getMessage(), e);
    }
    return new TaskJsonReader(file, json).task();
  }

  private LoopTask task() {
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!TaskSchema.FIELDS.contains(name)) {
        throw fail(name, "unknown field (known fields: " + String.join(", ", TaskSchema.FIELDS)
            + "; nk schema --shape task prints the format)");
      }
    }
    Path dir = file.toAbsolutePath().normalize().getParent();
    String id = requiredText("id");
    if (!id.matches(TaskSchema.ID_PATTERN)) {
      throw fail("id", "'" + id + "' is not a usable id: use letters, digits, '_', '.' and '-', at most 100,"
          + " starting with a letter or digit");
    }
    Optional<String> instruction = optionalText("instruction");
    Optional<String> instructionFile = optionalText("instruction_file");
    if (instruction.isPresent() == instructionFile.isPresent()) {
      throw fail(instruction.isPresent() ? "instruction_file" : "instruction",
          "give exactly one of instruction (the text) and instruction_file (a file holding it)");
    }
    InstructionText text = instruction.map(i -> new InstructionText(i, Optional.<String>empty()))
        .orElseGet(() -> InstructionText.read(existing(dir, instructionFile.get(), "instruction_file")));
    Optional<String> domain = optionalText("domain").or(text::domain);
    if (domain.isPresent() && domain.get().length() > 256) {
      throw fail("domain", "longer than 256 characters");
    }
    Optional<Path> workspace = workspace(dir);
    List<String> files = files(workspace);
    String candidate = optionalText("candidate").orElse(LoopTask.DEFAULT_CANDIDATE);
    if (candidate.contains("/") || candidate.contains("\\") || candidate.equals(".") || candidate.equals("..")) {
      throw fail("candidate", "'" + candidate + "' must be a plain file name (the file the solver writes in the workspace)");
    }
    Optional<String> run = optionalText("run");
    Optional<String> evaluate = optionalText("evaluate");
    if (run.isPresent() != evaluate.isPresent()) {
      throw fail(run.isPresent() ? "evaluate" : "run", "missing: a task that runs locally needs both run and evaluate");
    }
    Duration time = seconds("time_limit_sec", TaskSchema.DEFAULT_TIME_LIMIT_SEC);
    Duration evalTime = seconds("evaluate_time_limit_sec", TaskSchema.DEFAULT_EVALUATE_TIME_LIMIT_SEC);
    int memory = memory();
    boolean network = bool("network");
    return new LoopTask(id, text.text(), domain, files, workspace, candidate, run, evaluate, time, memory,
        evalTime, network, dir, file.toAbsolutePath().normalize());
  }

  private Optional<Path> workspace(Path dir) {
    Optional<String> named = optionalText("workspace");
    if (named.isPresent()) {
      Path ws = existing(dir, named.get(), "workspace");
      if (!Files.isDirectory(ws)) {
        throw fail("workspace", ws + " is not a folder");
      }
      return Optional.of(ws);
    }
    Path dflt = dir.resolve("workspace");
    return Files.isDirectory(dflt) ? Optional.of(dflt) : Optional.empty();
  }

  private List<String> files(Optional<Path> workspace) {
    JsonNode node = json.get("files");
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      throw fail("files", "expected an array of paths relative to the workspace");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode f = node.get(i);
      String where = "files[" + i + "]";
      if (!f.isTextual() || f.asText().isBlank()) {
        throw fail(where, "expected a non-empty path relative to the workspace");
      }
      if (workspace.isEmpty()) {
        throw fail(where, "the task has no workspace folder to read it from (add a workspace folder or"
            + " the workspace field)");
      }
      Path p = workspace.get().resolve(f.asText()).normalize();
      if (!p.startsWith(workspace.get()) || Path.of(f.asText()).isAbsolute()) {
        throw fail(where, "'" + f.asText() + "' leaves the workspace; name files inside it");
      }
      if (!Files.isRegularFile(p)) {
        throw fail(where, "no such file in the workspace: " + p);
      }
      out.add(workspace.get().relativize(p).toString());
    }
    return out;
  }

  private Path existing(Path dir, String relative, String field) {
    Path p = dir.resolve(relative).normalize();
    if (!Files.exists(p)) {
      throw fail(field, "no such file or folder: " + p);
    }
    return p;
  }

  private String requiredText(String name) {
    return optionalText(name).orElseThrow(() -> fail(name, "missing (required)"));
  }

  private Optional<String> optionalText(String name) {
    JsonNode n = json.get(name);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isTextual() || n.asText().isBlank()) {
      throw fail(name, "expected a non-empty string, got " + n);
    }
    return Optional.of(n.asText());
  }

  private Duration seconds(String name, int dflt) {
    JsonNode n = json.get(name);
    if (n == null || n.isNull()) {
      return Duration.ofSeconds(dflt);
    }
    if (!n.isNumber() || n.asDouble() <= 0 || n.asDouble() > 86400) {
      throw fail(name, "expected a number of seconds in (0, 86400], got " + n);
    }
    return Duration.ofMillis(Math.round(n.asDouble() * 1000));
  }

  private int memory() {
    JsonNode n = json.get("memory_limit_mb");
    if (n == null || n.isNull()) {
      return TaskSchema.DEFAULT_MEMORY_LIMIT_MB;
    }
    if (!n.isIntegralNumber() || n.asLong() < TaskSchema.MIN_MEMORY_LIMIT_MB || n.asLong() > 1048576) {
      throw fail("memory_limit_mb", "expected a whole number of MiB in [" + TaskSchema.MIN_MEMORY_LIMIT_MB
          + ", 1048576], got " + n);
    }
    return n.asInt();
  }

  private boolean bool(String name) {
    JsonNode n = json.get(name);
    if (n == null || n.isNull()) {
      return false;
    }
    if (!n.isBoolean()) {
      throw fail(name, "expected true or false, got " + n);
    }
    return n.asBoolean();
  }

  private TaskFormatException fail(String field, String what) {
    return new TaskFormatException(file + ": " + field + ": " + what);
  }
}
