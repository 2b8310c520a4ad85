package org.negativeknowledge.app.loop.internal;

import org.negativeknowledge.app.loop.internal.files.JsonFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.negativeknowledge.app.loop.ConditionPlan;
import org.negativeknowledge.app.loop.LoopSpec;
import org.negativeknowledge.app.loop.LoopTask;
import org.negativeknowledge.app.loop.RunFolderException;

/**
 * {@code run.json}: what a run was asked to do. Written when a run starts; a resumed run must ask
 * for the same tasks, conditions, solver, executor and curator; the report reads the task order and
 * the conditions from it.
 *
 * @param tasks task ids in run order
 * @param conditions the conditions with their rounds, in order
 * @param solver the solver's text form
 * @param executor the executor's text form
 * @param curator the curator's text form
 * @param bank where failures were added, password masked
 * @param startedAt when the run first started
 * @param protection the executor's protection, in words
 */
public record RunManifest(List<String> tasks, List<ConditionPlan> conditions, String solver, String executor,
    String curator, String bank, Instant startedAt, String protection) {

  static final String FORMAT = "nk-loop-run/1";

  public RunManifest {
    tasks = List.copyOf(tasks);
    conditions = List.copyOf(conditions);
    Objects.requireNonNull(startedAt, "startedAt");
  }

  static RunManifest of(LoopSpec spec, List<LoopTask> tasks, String bankLocation, String protection) {
    return new RunManifest(tasks.stream().map(LoopTask::id).toList(), spec.conditions(), spec.solver().spec(),
        spec.executor().spec(), spec.curator().spec(), bankLocation, Instant.now(), protection);
  }

  ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("format", FORMAT);
    tasks.forEach(o.putArray("tasks")::add);
    ArrayNode c = o.putArray("conditions");
    conditions.forEach(p -> c.add(p.toString()));
    o.put("solver", solver).put("executor", executor).put("curator", curator).put("bank", bank)
        .put("started_at", startedAt.toString()).put("protection", protection);
    return o;
  }

  /**
   * Reads {@code run.json} of a run folder.
   *
   * @throws RunFolderException when the folder holds no run
   */
  public static RunManifest read(RunLayout layout) {
    Path f = layout.runJson();
    if (!Files.isRegularFile(f)) {
      throw new RunFolderException(layout.root() + ": not a run folder (no run.json); give the --out folder of an nk"
          + " loop run");
    }
    ObjectNode o = JsonFiles.read(f);
    if (!FORMAT.equals(o.path("format").asText())) {
      throw new RunFolderException(f + ": format '" + o.path("format").asText() + "' is not " + FORMAT
          + " (made by another version of nk)");
    }
    List<String> tasks = new ArrayList<>();
    o.path("tasks").forEach(t -> tasks.add(t.asText()));
    List<ConditionPlan> conditions = new ArrayList<>();
    for (JsonNode c : o.path("conditions")) {
      conditions.addAll(ConditionPlan.parseList(c.asText(), 1));
    }
    return new RunManifest(tasks, conditions, o.path("solver").asText(), o.path("executor").asText(),
        o.path("curator").asText(), o.path("bank").asText(), Instant.parse(o.path("started_at").asText()),
        o.path("protection").asText(""));
  }

  /**
   * Checks that the run folder can be used: a new run needs a new or empty folder, a resumed run one
   * that holds a run with the same settings.
   *
   * @throws RunFolderException saying what is wrong and how to proceed
   */
  static void check(RunLayout layout, RunManifest wanted, boolean resume) {
    Path root = layout.root();
    boolean hasRun = Files.isRegularFile(layout.runJson());
    if (!resume && hasRun) {
      throw new RunFolderException(root + " already holds a run (run.json): pass --resume to continue it, or choose"
          + " another --out folder");
    }
    if (!resume && Files.isDirectory(root) && !empty(root)) {
      throw new RunFolderException(root + " is not empty and holds no run: choose a new or empty --out folder");
    }
    if (resume && hasRun) {
      RunManifest before = read(layout);
      List<String> diffs = new ArrayList<>();
      diff(diffs, "tasks", before.tasks(), wanted.tasks());
      diff(diffs, "conditions", before.conditions(), wanted.conditions());
      diff(diffs, "solver", before.solver(), wanted.solver());
      diff(diffs, "executor", before.executor(), wanted.executor());
      diff(diffs, "curator", before.curator(), wanted.curator());
      if (!diffs.isEmpty()) {
        throw new RunFolderException(layout.runJson() + ": the run there differs from this one: " + String.join("; ", diffs)
            + "; resume it with the same settings, or choose another --out folder");
      }
    }
  }

  /** {@code wanted}, keeping the start time of the run being resumed. */
  static RunManifest merge(RunLayout layout, RunManifest wanted) {
    if (!Files.isRegularFile(layout.runJson())) {
      return wanted;
    }
    RunManifest before = read(layout);
    return new RunManifest(wanted.tasks(), wanted.conditions(), wanted.solver(), wanted.executor(), wanted.curator(),
        wanted.bank(), before.startedAt(), wanted.protection());
  }

  private static void diff(List<String> out, String what, Object before, Object now) {
    if (!before.equals(now)) {
      out.add(what + " " + before + " there, " + now + " here");
    }
  }

  private static boolean empty(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (java.io.IOException e) {
      throw new RunFolderException(dir + ": cannot list the folder: " + e.getMessage());
    }
  }
}
