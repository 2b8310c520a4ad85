package org.negativeknowledge.curator.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.negativeknowledge.curator.ArtifactReader;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.record.NkJson;

/**
 * One curator run of the paper (a {@code section3/curator_audit/*.json} file) materialised as round
 * directories: its inputs written from {@code inputs.*.content} (an eval log with {@code missing:
 * true} is left absent), its task, its prior record (round 2) and the record it wrote.
 *
 * @param name the audit file name without {@code .json}
 * @param kind {@code depth1}, {@code round2} or {@code deep}
 * @param task the task (instruction from {@code section3/tasks}, when present)
 * @param rounds one artifact bundle per round
 * @param priorRecord the round-1 record of a round-2 run, else null
 * @param expected the record the paper's curator wrote
 * @param inputs audit input name to materialised file (absent inputs not included)
 * @param recordedSha audit input name to the SHA-256 the paper recorded
 */
public record ReplayCase(
    String name,
    String kind,
    TaskContext task,
    List<FailureArtifacts> rounds,
    ObjectNode priorRecord,
    ObjectNode expected,
    Map<String, Path> inputs,
    Map<String, String> recordedSha) {

  /** Every audit file of the folder, sorted by name. */
  public static List<Path> auditFiles(Path auditDir) {
    try (Stream<Path> s = Files.list(auditDir)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads one audit file and writes its inputs under {@code workDir}. */
  public static ReplayCase materialise(Path auditFile, Path workDir) {
    try {
      ObjectNode audit = NkJson.parseObject(Files.readString(auditFile));
      String name = auditFile.getFileName().toString().replace(".json", "");
      String kind = name.endsWith("_deep") ? "deep" : name.endsWith("_r2") ? "round2" : "depth1";
      String taskId = audit.path("task_id").asText();
      JsonNode inputs = audit.path("inputs");
      Map<String, Path> files = new LinkedHashMap<>();
      Map<String, String> sha = new LinkedHashMap<>();
      List<FailureArtifacts> rounds = new ArrayList<>();
      ObjectNode prior = null;
      List<String> prefixes = switch (kind) {
        case "deep" -> {
          List<String> p = new ArrayList<>();
          for (int i = 1; inputs.has("r" + i + "_candidate"); i++) {
            p.add("r" + i + "_");
          }
          yield p;
        }
        case "round2" -> List.of("round2_");
        default -> List.of("round1_");
      };
      for (String prefix : prefixes) {
        Path dir = Files.createDirectories(workDir.resolve(name).resolve(prefix.substring(0, prefix.length() - 1)));
        write(inputs, prefix + "candidate", dir.resolve("candidate.py"), files, sha);
        write(inputs, prefix + "exec_log", dir.resolve("exec.log"), files, sha);
        write(inputs, prefix + "eval_log", dir.resolve("eval.log"), files, sha);
        write(inputs, prefix + "reasoning", dir.resolve("reasoning.md"), files, sha);
        rounds.add(FailureArtifacts.fromRoundDirectory(dir));
      }
      if (kind.equals("round2")) {
        prior = NkJson.parseObject(inputs.path("round1_nk").path("content").asText());
      }
      ObjectNode expected = (ObjectNode) audit.path("output_nk").path("content");
      return new ReplayCase(name, kind, new TaskContext(taskId, instruction(auditFile, taskId)), rounds, prior,
          expected, files, sha);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(JsonNode inputs, String key, Path target, Map<String, Path> files, Map<String, String> sha)
      throws IOException {
    JsonNode in = inputs.path(key);
    if (in.isMissingNode() || in.path("missing").asBoolean(false) || !in.has("content")) {
      return;
    }
    Files.write(target, in.path("content").asText().getBytes(StandardCharsets.UTF_8));
    files.put(key, target);
    sha.put(key, in.path("sha256").asText());
  }

  private static String instruction(Path auditFile, String taskId) throws IOException {
    Path task = auditFile.getParent().resolveSibling("tasks").resolve("task_" + taskId + ".json");
    if (!Files.isRegularFile(task)) {
      return "(task instruction not available)";
    }
    return NkJson.parseObject(Files.readString(task)).path("task_inst").asText("");
  }

  /** The SHA-256 of the materialised file of an input. */
  public String materialisedSha(String input) {
    try {
      return ArtifactReader.sha256(Files.readAllBytes(inputs.get(input)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
