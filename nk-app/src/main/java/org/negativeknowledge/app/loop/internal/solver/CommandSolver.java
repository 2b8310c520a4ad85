package org.negativeknowledge.app.loop.internal.solver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.ShownEntry;
import org.negativeknowledge.app.loop.Solver;
import org.negativeknowledge.app.loop.SolverAnswer;
import org.negativeknowledge.app.loop.SolverRequest;
import org.negativeknowledge.app.loop.TokenUse;
import org.negativeknowledge.app.loop.internal.files.JsonFiles;
import org.negativeknowledge.app.loop.internal.files.TextFiles;
import org.negativeknowledge.app.loop.internal.exec.ProcessRun;
import org.negativeknowledge.record.NkJson;

/**
 * A solver that is any command: run with {@code /bin/sh -c} in a fresh folder holding the files the
 * task lets it read, the prompt on its standard input and in {@code prompt.md}, the attempt described
 * in {@code request.json}; it writes the candidate into that folder. It runs with the environment
 * of nk (it is the user's own tool and may need its keys), within a time limit.
 */
public final class CommandSolver implements Solver {
  /** Files of the solver's folder that are its answer, not candidate files. */
  static final Set<String> RESERVED = Set.of("prompt.md", "request.json", "reasoning.md", "plan.txt",
      "decisions.json", "usage.json");
  private static final int MAX_FILES = 50;
  private static final long MAX_BYTES = 16L << 20;

  private final String command;
  private final Duration timeout;
  private final Map<String, String> environment;

  public CommandSolver(String command, Duration timeout, Map<String, String> environment) {
    this.command = command;
    this.timeout = timeout;
    this.environment = Map.copyOf(environment);
  }

  /** The instructions appended to the prompt: how a command answers. */
  static String answerSection(SolverRequest r) {
    StringBuilder b = new StringBuilder("\n## How to answer\n\n");
    b.append("Write `").append(r.task().candidate()).append("` into the current folder (the files above are there too).")
        .append(" You may also write `reasoning.md` (your notes: approach, risks, how you used what you were shown)")
        .append(" and `plan.txt` (the route you take, in one paragraph).");
    if (!r.shown().isEmpty()) {
      b.append(" Write `decisions.json`: an array with one object per bank entry listed above,")
          .append(" `{\"entry_id\": ..., \"decision\": \"adopt\" or \"reject\", \"reason\": one line}`.");
    }
    return b.append('\n').toString();
  }

  @Override
  public SolverAnswer solve(SolverRequest r) {
    Path dir = r.workspace();
    String prompt = r.prompt() + answerSection(r);
    TextFiles.writeAtomically(dir.resolve("prompt.md"), prompt);
    JsonFiles.write(dir.resolve("request.json"), request(r));
    Map<Path, Long> before = snapshot(dir);
    Map<String, String> env = new HashMap<>(environment);
    env.put("NK_TASK_ID", r.task().id());
    env.put("NK_STEP", r.step());
    env.put("NK_CONDITION", r.condition().wireName());
    env.put("NK_ROUND", Integer.toString(r.round()));
    env.put("NK_CANDIDATE", r.task().candidate());
    env.put("NK_PROMPT_FILE", dir.resolve("prompt.md").toString());
    env.put("NK_REQUEST_FILE", dir.resolve("request.json").toString());
    ProcessRun.Result run = ProcessRun.run(List.of("/bin/sh", "-c", command), dir, env, UUID.randomUUID().toString(),
        new ProcessRun.Limits(timeout, Long.MAX_VALUE, 64L << 20, 4096, 16 << 10), prompt.getBytes(StandardCharsets.UTF_8));
    ObjectNode transcript = JsonNodeFactory.instance.objectNode();
    transcript.put("command", command);
    transcript.put("exit_code", run.exitCode());
    transcript.put("stdout", run.stdout());
    transcript.put("stderr", run.stderr());
    if (!run.stops().isEmpty()) {
      throw new LoopException("solver command stopped (" + String.join(", ", run.stops()) + "): " + command);
    }
    if (run.exitCode() != 0) {
      throw new LoopException("solver command exited with code " + run.exitCode() + ": " + command + " (it runs in the"
          + " attempt's solver folder, so relative paths in it start there: give them absolute, e.g. $PWD/...); its"
          + " stderr ends: " + tail(run.stderr()));
    }
    Path candidate = dir.resolve(r.task().candidate());
    if (!Files.isRegularFile(candidate)) {
      throw new LoopException("solver command wrote no " + r.task().candidate() + " into its folder: " + command);
    }
    Map<String, String> files = changedFiles(dir, before, r);
    TokenUse tokens = usage(dir.resolve("usage.json"));
    JsonNode decisions = Files.isRegularFile(dir.resolve("decisions.json")) ? readJson(dir.resolve("decisions.json")) : null;
    return new SolverAnswer(files, optional(dir.resolve("plan.txt")).strip(), optional(dir.resolve("reasoning.md")),
        AnswerFiles.decisions(decisions, r.shown(), dir.resolve("decisions.json").toString()), tokens, run.duration(), transcript);
  }

  private static ObjectNode request(SolverRequest r) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("task_id", r.task().id());
    o.put("step", r.step());
    o.put("condition", r.condition().wireName());
    o.put("round", r.round());
    o.put("candidate", r.task().candidate());
    o.put("memory_kind", r.memory().kind().wireName());
    ArrayNode shown = o.putArray("shown");
    for (ShownEntry s : r.shown()) {
      ObjectNode e = shown.addObject().put("entry_id", s.entryId()).put("rank", s.rank()).put("task", s.task());
      s.flags().forEach(e.putArray("flags")::add);
      e.set("entry", s.entry());
    }
    return o;
  }

  private static Map<Path, Long> snapshot(Path dir) {
    Map<Path, Long> m = new HashMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).forEach(p -> m.put(p, stamp(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list the solver's folder: " + e.getMessage(), e);
    }
    return m;
  }

  private static long stamp(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis() * 31 + Files.size(p);
    } catch (IOException e) {
      return -1;
    }
  }

  private static Map<String, String> changedFiles(Path dir, Map<Path, Long> before, SolverRequest r) {
    Map<String, String> files = new LinkedHashMap<>();
    Path main = dir.resolve(r.task().candidate());
    files.put(r.task().candidate(), read(main));
    long total = files.get(r.task().candidate()).length();
    for (Map.Entry<Path, Long> e : snapshot(dir).entrySet()) {
      Path p = e.getKey();
      String rel = dir.relativize(p).toString();
      if (p.equals(main) || RESERVED.contains(rel) || e.getValue().equals(before.get(p))) {
        continue;
      }
      String content = read(p);
      total += content.length();
      if (files.size() >= MAX_FILES || total > MAX_BYTES) {
        throw new LoopException("solver command wrote more than " + MAX_FILES + " files or " + (MAX_BYTES >> 20)
            + " MiB into its folder; write the candidate and the files it needs only");
      }
      files.put(rel, content);
    }
    return files;
  }

  private static TokenUse usage(Path file) {
    if (!Files.isRegularFile(file)) {
      return TokenUse.unknown();
    }
    ObjectNode u = JsonFiles.read(file);
    if (u.path("input_tokens").isIntegralNumber() && u.path("output_tokens").isIntegralNumber()) {
      return TokenUse.of(u.path("input_tokens").asLong(), u.path("output_tokens").asLong());
    }
    if (u.path("total_tokens").isIntegralNumber()) {
      return TokenUse.totalOnly(u.path("total_tokens").asLong());
    }
    throw new LoopException(file + ": expected {\"input_tokens\": N, \"output_tokens\": N} or {\"total_tokens\": N}");
  }

  private static JsonNode readJson(Path file) {
    try {
      return NkJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new LoopException(file + ": not JSON: " + e.getMessage(), e);
    }
  }

  private static String optional(Path p) {
    return Files.isRegularFile(p) ? read(p) : "";
  }

  private static String read(Path p) {
    return TextFiles.read(p);
  }

  private static String tail(String s) {
    String t = s.strip();
    return t.length() > 600 ? "..." + t.substring(t.length() - 600) : t.isEmpty() ? "(empty)" : t;
  }

  @Override
  public String describe() {
    return "command " + command;
  }
}
