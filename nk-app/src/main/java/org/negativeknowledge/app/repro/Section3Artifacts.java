package org.negativeknowledge.app.repro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negativeknowledge.record.NkJson;

/**
 * Reads section 3's artifacts once and builds the sets the claims are made of (P38, BASE,
 * PASS(m,c), NK), each with the files behind it and the inputs that should exist and do not.
 *
 * <p>What should exist is read from the data itself: the solver account ({@code
 * solver_tokens.csv}) lists every solver dispatch; {@code memory_tokens.json} lists, per task of
 * the NK-test subset, the records and self-debug inputs it was measured on.
 */
public final class Section3Artifacts {
  static final String DIR = "section3/";
  static final String SOLVER_DIR = DIR + "dispatches/solver";
  static final String ACCOUNT = DIR + "solver_tokens.csv";
  static final String MEMORY_TOKENS = DIR + "memory_tokens.json";
  static final String RECORDS = DIR + "nk_records/";
  private static final Pattern TASK_FILE = Pattern.compile("task_(\\d+)\\.json");

  private final DataFiles files;
  private List<Dispatch> dispatches;
  private Optional<SolverAccount> account;
  private Optional<ObjectNode> memoryTokens;

  /** A reader of section 3 in {@code files}. */
  public Section3Artifacts(DataFiles files) {
    this.files = files;
  }

  /** The data folder. */
  public DataFiles files() {
    return files;
  }

  /** P38: the {@code instance_id} (3-digit) of every {@code tasks/task_*.json}. */
  public TaskSet pilotTasks() {
    List<Path> tasks = files.list(DIR + "tasks", "task_*.json");
    Set<String> ids = new TreeSet<>();
    for (Path p : tasks) {
      JsonNode id = files.object(p).get("instance_id");
      if (id == null || !id.canConvertToInt()) {
        throw new ReproException(files.rel(p) + ": no integer instance_id; every task file has one");
      }
      ids.add(String.format("%03d", id.intValue()));
    }
    return TaskSet.of(ids, Inputs.source(DIR + "tasks/task_*.json (" + tasks.size() + " files)"));
  }

  /** BASE: task ids (from the file name) of {@code baseline_results/} whose eval_score is 1 or "1". */
  public TaskSet baselinePasses() {
    List<Path> runs = files.list(DIR + "baseline_results", "task_*.json");
    Set<String> ids = new TreeSet<>();
    for (Path p : runs) {
      Matcher m = TASK_FILE.matcher(p.getFileName().toString());
      JsonNode score = files.object(p).get("eval_score");
      boolean pass =
          score != null
              && ((score.isNumber() && score.decimalValue().compareTo(BigDecimal.ONE) == 0)
                  || (score.isTextual() && score.textValue().equals("1")));
      if (m.matches() && pass) {
        ids.add(m.group(1));
      }
    }
    return TaskSet.of(
        ids, Inputs.source(DIR + "baseline_results/task_*.json (" + runs.size() + " files)"));
  }

  /** Every solver dispatch, in file-name order. */
  public List<Dispatch> dispatches() {
    if (dispatches == null) {
      List<Dispatch> out = new ArrayList<>();
      for (Path p : files.list(SOLVER_DIR, "*.json")) {
        ObjectNode o = files.object(p);
        JsonNode tokens = o.path("dispatch").path("tokens");
        out.add(new Dispatch(
            files.rel(p),
            text(o, "task_id", p),
            text(o, "model_dir", p),
            text(o, "cell", p),
            o.path("execution").get("eval_score"),
            tokens.isIntegralNumber() ? tokens.longValue() : null));
      }
      dispatches = List.copyOf(out);
    }
    return dispatches;
  }

  /** The solver account, when the file is present. */
  public Optional<SolverAccount> account() {
    if (account == null) {
      account = files.isFile(ACCOUNT)
          ? Optional.of(SolverAccount.read(files.path(ACCOUNT), ACCOUNT))
          : Optional.empty();
    }
    return account;
  }

  /** The dispatches of {@code model} in {@code cell}, with what is read and what is missing. */
  public List<Dispatch> dispatches(String model, String cell) {
    return dispatches().stream().filter(d -> d.is(model, cell)).toList();
  }

  /**
   * The inputs behind the dispatches of {@code model} in {@code cell}: the files, and the rows of
   * the solver account that have no dispatch file.
   */
  public Inputs dispatchInputs(String model, String cell) {
    List<Dispatch> present = dispatches(model, cell);
    Inputs in = Inputs.source(
        SOLVER_DIR + "/*.json [" + model + "/" + cell + "] (" + present.size() + " files)");
    if (account().isEmpty()) {
      return in.withMissing(List.of(new MissingInput(
          ACCOUNT, null, "the list of dispatches that should exist; without it absent ones go unseen")));
    }
    List<MissingInput> absent = new ArrayList<>();
    for (SolverAccount.Row r : account().get().rows(model, cell)) {
      boolean found = present.stream().anyMatch(d -> d.taskId().equals(r.taskId()));
      if (!found) {
        absent.add(new MissingInput(
            SOLVER_DIR + ": dispatch " + r.taskId() + " " + model + "/" + cell, r.taskId(),
            "listed in " + ACCOUNT + " line " + r.line()));
      }
    }
    return in.withMissing(absent);
  }

  /** PASS(m,c): the tasks whose dispatch of {@code model} in {@code cell} passes. */
  public TaskSet passes(String model, String cell) {
    Set<String> ids = new TreeSet<>();
    dispatches(model, cell).stream().filter(Dispatch::passes).forEach(d -> ids.add(d.taskId()));
    return TaskSet.of(ids, dispatchInputs(model, cell));
  }

  /**
   * NK: the tasks with a Sonnet round-1 dispatch, from the dispatch files and the solver account
   * together (the account lists round-1 dispatches whose files the release lacks).
   */
  public TaskSet nkSubset() {
    Set<String> ids = new TreeSet<>();
    dispatches(Section3Claims.SONNET, "round1").forEach(d -> ids.add(d.taskId()));
    Inputs in = Inputs.source(SOLVER_DIR + "/*.json [" + Section3Claims.SONNET + "/round1]");
    if (account().isPresent()) {
      account().get().rows(Section3Claims.SONNET, "round1").forEach(r -> ids.add(r.taskId()));
      in = in.and(Inputs.source(ACCOUNT + " [" + Section3Claims.SONNET + "/round1 rows]"));
    } else {
      in = in.withMissing(List.of(new MissingInput(
          ACCOUNT, null, "lists the round-1 dispatches whose files are absent")));
    }
    return TaskSet.of(ids, in);
  }

  /** {@code memory_tokens.json}, when present. */
  public Optional<ObjectNode> memoryTokens() {
    if (memoryTokens == null) {
      memoryTokens = files.objectIfPresent(MEMORY_TOKENS);
    }
    return memoryTokens;
  }

  /** The {@code per_task} object of {@code memory_tokens.json}, or an empty object. */
  public ObjectNode memoryTokensPerTask() {
    JsonNode per = memoryTokens().map(o -> o.get("per_task")).orElse(null);
    return per instanceof ObjectNode o ? o : emptyObject();
  }

  /**
   * The record files {@code nk_records/task_NNN<suffix>.json} that {@code memory_tokens.json}
   * says were measured (its key {@code key} is present for the task) but are absent; or the
   * manifest itself when it is absent.
   */
  public List<MissingInput> absentRecords(Set<String> tasks, String key, String suffix) {
    if (memoryTokens().isEmpty()) {
      return List.of(new MissingInput(
          MEMORY_TOKENS, null, "lists the records that should exist; without it absent ones go unseen"));
    }
    List<MissingInput> out = new ArrayList<>();
    ObjectNode per = memoryTokensPerTask();
    for (String t : tasks) {
      String rel = RECORDS + "task_" + t + suffix + ".json";
      if (per.path(t).has(key) && !files.isFile(rel)) {
        out.add(new MissingInput(rel, t, MEMORY_TOKENS + " lists " + key + " for task " + t));
      }
    }
    return out;
  }

  private static ObjectNode emptyObject() {
    return NkJson.mapper().createObjectNode();
  }

  private String text(ObjectNode o, String field, Path p) {
    JsonNode n = o.get(field);
    if (n == null || !n.isTextual()) {
      throw new ReproException(
          files.rel(p) + ": no text field '" + field + "'; a solver dispatch names task_id, model_dir and cell");
    }
    return n.textValue();
  }
}
