package org.negativeknowledge.app.loop.internal.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.TokenUse;
import org.negativeknowledge.app.loop.Verdict;
import org.negativeknowledge.app.loop.internal.files.JsonFiles;

/**
 * The paper's section-3 study as a recording: the solver runs of {@code dispatches/solver/} (each
 * identified by its {@code task_id}, {@code cell} and {@code model_dir} fields, not its file name)
 * and the round-1 runs of {@code baseline_results/}. A loop attempt maps to a recorded cell:
 * {@code base/round1} to {@code round1} (else the baseline run), {@code retry/round2} to {@code
 * round2_B0}, {@code nk1/round2..3} to {@code round2_NKR}/{@code round3_NKR}, {@code
 * selfdebug/round2..3} to {@code round2_B2}/{@code round3_B2}, {@code nkdeep/round4} to {@code
 * deepNKR_sonnet}. Anything else was not recorded. Thread-safe.
 */
public final class PaperRecording {
  /** The solver the paper's main runs used. */
  public static final String MODEL = "sonnet_4.6";

  private static final Map<String, String> CELLS = Map.of(
      "base/round1", "round1", "retry/round2", "round2_B0", "nk1/round2", "round2_NKR", "nk1/round3", "round3_NKR",
      "selfdebug/round2", "round2_B2", "selfdebug/round3", "round3_B2", "nkdeep/round4", "deepNKR_sonnet");
  private static final Pattern DURATION = Pattern.compile("(?m)^duration_sec=([0-9.]+)\\s*$");

  private final Path section3;
  private final Map<String, Path> dispatches;

  private PaperRecording(Path section3, Map<String, Path> dispatches) {
    this.section3 = section3;
    this.dispatches = dispatches;
  }

  /**
   * Opens the recording at {@code dir}: the section-3 folder, its {@code dispatches/solver} folder,
   * or the paper's data folder holding {@code section3}.
   *
   * @throws LoopException when none of these is there
   */
  public static PaperRecording open(Path dir) {
    Path s3 = section3(dir);
    Map<String, Path> index = new HashMap<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(s3.resolve("dispatches/solver"), "*.json")) {
      for (Path f : ds) {
        ObjectNode d = JsonFiles.read(f);
        String key = key(d.path("task_id").asText(), d.path("cell").asText(), d.path("model_dir").asText());
        Path before = index.putIfAbsent(key, f);
        if (before != null && before.getFileName().toString().compareTo(f.getFileName().toString()) > 0) {
          index.put(key, f);
        }
      }
    } catch (IOException e) {
      throw new LoopException(s3 + ": cannot list dispatches/solver: " + e.getMessage(), e);
    }
    return new PaperRecording(s3, Map.copyOf(index));
  }

  /** The section-3 folder. */
  public Path section3() {
    return section3;
  }

  /** Whether {@code dir} holds the paper's section-3 layout. */
  public static boolean recognises(Path dir) {
    try {
      section3(dir);
      return true;
    } catch (LoopException e) {
      return false;
    }
  }

  /** The recorded attempt {@code step} of {@code task}, if the study made one. */
  public Optional<RecordedAttempt> attempt(String task, String step) {
    String cell = CELLS.get(step);
    if (cell == null) {
      return Optional.empty();
    }
    Path f = dispatches.get(key(task, cell, MODEL));
    if (f != null) {
      return Optional.of(fromDispatch(f, JsonFiles.read(f)));
    }
    Path baseline = section3.resolve("baseline_results/task_" + task + ".json");
    if (step.equals("base/round1") && Files.isRegularFile(baseline)) {
      return Optional.of(fromBaseline(baseline, JsonFiles.read(baseline)));
    }
    return Optional.empty();
  }

  /** What the study recorded for {@code step}, in words, for a message. */
  public static String cellOf(String step) {
    String cell = CELLS.get(step);
    return cell == null ? "no cell of the study matches " + step + " (recorded: " + String.join(", ",
        new java.util.TreeSet<>(CELLS.keySet())) + ")" : "cell " + cell;
  }

  private static RecordedAttempt fromDispatch(Path f, ObjectNode d) {
    JsonNode exec = d.path("execution");
    JsonNode disp = d.path("dispatch");
    long tokens = disp.path("tokens").asLong(0);
    String execLog = exec.path("exec_log").path("content").asText("");
    Optional<String> evalLog = exec.path("eval_log").path("content").isTextual()
        ? Optional.of(exec.path("eval_log").path("content").asText()) : Optional.empty();
    JsonNode cand = d.path("outputs").path("candidate").path("content");
    return new RecordedAttempt(f.toString(), cand.isTextual() ? Optional.of(cand.asText()) : Optional.empty(),
        d.path("outputs").path("reasoning").path("content").asText(""),
        tokens > 0 ? TokenUse.totalOnly(tokens) : TokenUse.unknown(), Duration.ofMillis(disp.path("duration_ms").asLong(0)),
        execLog, evalLog, exitCode(exec.path("exit_code")),
        verdict(exec.path("eval_status").asText(""), exec.path("eval_score"), exec.path("eval_msg").asText("")),
        duration(execLog), evalLog.map(PaperRecording::duration).orElse(Duration.ZERO));
  }

  private static RecordedAttempt fromBaseline(Path f, ObjectNode b) {
    OptionalInt exit = exitCode(b.path("exit_code"));
    Duration run = Duration.ofMillis(Math.round(b.path("cand_duration_sec").asDouble(0) * 1000));
    Duration eval = Duration.ofMillis(Math.round(b.path("eval_duration_sec").asDouble(0) * 1000));
    String execLog = "exit_code=" + (exit.isPresent() ? exit.getAsInt() : "") + "\nduration_sec="
        + String.format(Locale.ROOT, "%.3f", run.toMillis() / 1000.0) + "\n--- stdout ---\n--- stderr ---\n"
        + b.path("stderr_tail").asText("") + "\n--- nk loop ---\nreplayed from " + f.getFileName()
        + " (the baseline run keeps the tail of stderr only, and not the candidate)\n";
    String status = b.path("eval_status").asText("");
    Verdict v = verdict(status, b.path("eval_score"), b.path("eval_msg").asText(""));
    Optional<String> evalLog = status.equals("not_run") ? Optional.empty()
        : Optional.of("exit_code=0\nduration_sec=" + String.format(Locale.ROOT, "%.3f", eval.toMillis() / 1000.0)
            + "\n--- stdout ---\n" + b.path("eval_msg").asText("") + "\n--- verdict ---\n" + v.status().wireName().toUpperCase(Locale.ROOT) + "\n");
    return new RecordedAttempt(f.toString(), Optional.empty(), "", TokenUse.unknown(), Duration.ZERO, execLog, evalLog,
        exit, v, run, eval);
  }

  /** A pass is a score of 1 (the number or the string), as the paper counts. */
  private static Verdict verdict(String status, JsonNode score, String message) {
    OptionalDouble s = score.isNumber() ? OptionalDouble.of(score.asDouble())
        : score.isTextual() && score.asText().matches("-?[0-9.]+") ? OptionalDouble.of(Double.parseDouble(score.asText()))
        : OptionalDouble.empty();
    String msg = message.length() > 500 ? message.substring(message.length() - 500) : message;
    if (s.isPresent() && s.getAsDouble() == 1.0) {
      return new Verdict(Verdict.Status.PASS, s, msg);
    }
    return switch (status) {
      case "ran" -> new Verdict(Verdict.Status.FAIL, s, msg);
      case "crashed" -> new Verdict(Verdict.Status.NO_VERDICT, s, msg.isEmpty() ? "the evaluator crashed" : msg);
      default -> Verdict.notRun("the evaluator did not run (recorded status " + status + ")");
    };
  }

  private static OptionalInt exitCode(JsonNode n) {
    return n.isIntegralNumber() ? OptionalInt.of(n.asInt()) : OptionalInt.empty();
  }

  private static Duration duration(String log) {
    Matcher m = DURATION.matcher(log);
    return m.find() ? Duration.ofMillis(Math.round(Double.parseDouble(m.group(1)) * 1000)) : Duration.ZERO;
  }

  private static String key(String task, String cell, String model) {
    return task + "|" + cell + "|" + model;
  }

  private static Path section3(Path dir) {
    Path d = dir.toAbsolutePath().normalize();
    for (Path candidate : new Path[] {d, d.resolve("section3"), d.getParent() == null ? d : d.getParent().getParent()}) {
      if (candidate != null && Files.isDirectory(candidate.resolve("dispatches/solver"))) {
        return candidate;
      }
    }
    throw new LoopException(dir + ": not a recording: expected the paper's section3 folder (with dispatches/solver"
        + " and baseline_results), its dispatches/solver folder, or the data folder holding section3");
  }
}
