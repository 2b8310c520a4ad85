package org.negativeknowledge.app.loop;

import org.negativeknowledge.app.loop.run.LoopTasks;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of {@code task.json}, the format {@link LoopTasks} reads; {@code
 * nk schema --shape task} prints it. The reader checks a little more than the schema can say: the
 * files it names exist, and {@code instruction} and {@code instruction_file} are not both given.
 */
public final class TaskSchema {
  /** The id pattern: it names the task's folder in a run. */
  public static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$";
  /** Default wall-clock limit of one run of a candidate, in seconds. */
  public static final int DEFAULT_TIME_LIMIT_SEC = 600;
  /** Default memory limit of one run, in MiB. */
  public static final int DEFAULT_MEMORY_LIMIT_MB = 2048;
  /** Default wall-clock limit of one run of the evaluator, in seconds. */
  public static final int DEFAULT_EVALUATE_TIME_LIMIT_SEC = 120;
  /** The smallest memory limit accepted, in MiB. */
  public static final int MIN_MEMORY_LIMIT_MB = 16;

  /** Every field a task.json may have, in documentation order. */
  public static final List<String> FIELDS = List.of(
      "id", "instruction", "instruction_file", "domain", "workspace", "files", "candidate", "run",
      "evaluate", "time_limit_sec", "memory_limit_mb", "evaluate_time_limit_sec", "network");

  private TaskSchema() {}

  /** The schema as a JSON object. */
  public static ObjectNode schema() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode s = f.objectNode();
    s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    s.put("$id", "https://negativeknowledge.org/schema/loop-task.json");
    s.put("title", "nk loop task");
    s.put("description", "One task of nk loop: what the solver is asked to do, what it may read, and how a"
        + " candidate is run and judged. Paths are relative to the folder holding task.json; the commands"
        + " may use {task_dir}, {workspace} and {candidate}.");
    s.put("type", "object");
    s.putArray("required").add("id");
    ObjectNode p = s.putObject("properties");
    p.putObject("$schema").put("type", "string");
    text(p, "id", "The task id; it names the task's folder in a run.").put("pattern", ID_PATTERN);
    text(p, "instruction", "What the solver is asked to do.").put("minLength", 1);
    text(p, "instruction_file", "A file holding the instruction instead: text, markdown, or a"
        + " ScienceAgentBench task JSON (task_inst and its dataset description).").put("minLength", 1);
    text(p, "domain", "The task's domain; same-domain bank entries rank higher.").put("maxLength", 256);
    text(p, "workspace", "The folder copied fresh for every run of a candidate (default: workspace, when it"
        + " exists; otherwise an empty folder).").put("minLength", 1);
    ObjectNode files = p.putObject("files");
    files.put("description", "Files of the workspace the solver may read, relative to it.");
    files.put("type", "array");
    files.putObject("items").put("type", "string").put("minLength", 1);
    text(p, "candidate", "The file the solver writes, relative to the workspace (default "
        + LoopTask.DEFAULT_CANDIDATE + ").").put("pattern", "^[^/\\\\]+$");
    text(p, "run", "Shell command that runs the candidate in its workspace.").put("minLength", 1);
    text(p, "evaluate", "Shell command run in the workspace after a clean run; its last output line is"
        + " {\"status\": \"pass\"|\"fail\", \"score\": number, \"message\": string}.").put("minLength", 1);
    number(p, "time_limit_sec", "Wall-clock limit of one run, seconds (default " + DEFAULT_TIME_LIMIT_SEC + ").")
        .put("exclusiveMinimum", 0).put("maximum", 86400);
    ObjectNode mem = p.putObject("memory_limit_mb");
    mem.put("description", "Memory limit of one run, MiB (default " + DEFAULT_MEMORY_LIMIT_MB + ").");
    mem.put("type", "integer").put("minimum", MIN_MEMORY_LIMIT_MB).put("maximum", 1048576);
    number(p, "evaluate_time_limit_sec", "Wall-clock limit of the evaluator, seconds (default "
        + DEFAULT_EVALUATE_TIME_LIMIT_SEC + ").").put("exclusiveMinimum", 0).put("maximum", 86400);
    ObjectNode net = p.putObject("network");
    net.put("description", "Whether the candidate may use the network (default false; enforced under bubblewrap).");
    net.put("type", "boolean");
    s.put("additionalProperties", false);
    ArrayNode oneOf = s.putArray("oneOf");
    oneOf.addObject().putArray("required").add("instruction");
    oneOf.addObject().putArray("required").add("instruction_file");
    ObjectNode dep = s.putObject("dependentRequired");
    dep.putArray("run").add("evaluate");
    dep.putArray("evaluate").add("run");
    return s;
  }

  private static ObjectNode text(ObjectNode props, String name, String description) {
    return props.putObject(name).put("description", description).put("type", "string");
  }

  private static ObjectNode number(ObjectNode props, String name, String description) {
    return props.putObject(name).put("description", description).put("type", "number");
  }
}
