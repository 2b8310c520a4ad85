package org.negativeknowledge.app.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The paper's section-3 files read for the replay test, with plain Jackson and JTokkit and none of
 * the loop's code: the tasks, the baseline runs, the solver dispatches by their JSON fields, the
 * records and the curator runs.
 */
final class Section3Recording {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Encoding CL100K = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

  final Path dir;
  final List<String> tasks = new ArrayList<>();
  private final Map<String, JsonNode> dispatches = new HashMap<>();

  Section3Recording(Path dir) {
    this.dir = dir;
    for (Path f : list(dir.resolve("tasks"))) {
      tasks.add(String.format("%03d", read(f).path("instance_id").asInt()));
    }
    tasks.sort(null);
    for (Path f : list(dir.resolve("dispatches/solver"))) {
      JsonNode d = read(f);
      dispatches.put(d.path("task_id").asText() + "|" + d.path("cell").asText() + "|" + d.path("model_dir").asText(), d);
    }
  }

  /** The baseline run passed: its score is 1 or "1". */
  boolean baselinePassed(String task) {
    JsonNode s = read(dir.resolve("baseline_results/task_" + task + ".json")).path("eval_score");
    return (s.isNumber() && s.asDouble() == 1) || (s.isTextual() && s.asText().equals("1"));
  }

  /** The Sonnet dispatch of {@code cell}, when the release has it. */
  Optional<JsonNode> dispatch(String task, String cell) {
    return Optional.ofNullable(dispatches.get(task + "|" + cell + "|sonnet_4.6"));
  }

  static boolean passed(JsonNode dispatch) {
    JsonNode s = dispatch.path("execution").path("eval_score");
    return s.isNumber() && s.asDouble() == 1;
  }

  static long tokens(JsonNode dispatch) {
    return dispatch.path("dispatch").path("tokens").asLong(0);
  }

  /** A record file, when present. */
  Optional<Path> record(String task, String suffix) {
    Path p = dir.resolve("nk_records/task_" + task + suffix + ".json");
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /** The curator's reported tokens for a record, when its run is present. */
  Optional<Long> curatorTokens(String task, String suffix) {
    Path p = dir.resolve("curator_audit/task_" + task + suffix + ".json");
    return Files.isRegularFile(p) ? Optional.of(read(p).path("dispatch").path("tokens").asLong()) : Optional.empty();
  }

  /** The self-debug memory the study showed after round 1 ({@code self_debug_inputs}): bytes and tokens. */
  Optional<long[]> selfDebugInputs(String task) {
    Path d = dir.resolve("self_debug_inputs/task_" + task);
    if (!Files.isDirectory(d)) {
      return Optional.empty();
    }
    long bytes = 0;
    List<String> texts = new ArrayList<>();
    for (String name : List.of("candidate.py", "exec.log", "eval.log")) {
      Path f = d.resolve(name);
      if (Files.isRegularFile(f)) {
        byte[] b = bytes(f);
        bytes += b.length;
        texts.add(new String(b, StandardCharsets.UTF_8));
      }
    }
    return Optional.of(new long[] {bytes, tokens(String.join("\n", texts))});
  }

  /** The raw artifacts a dispatch left, as the next self-debug round sees them: bytes and tokens. */
  static long[] artifacts(JsonNode dispatch) {
    List<String> texts = new ArrayList<>();
    texts.add(dispatch.path("outputs").path("candidate").path("content").asText());
    texts.add(dispatch.path("execution").path("exec_log").path("content").asText());
    JsonNode eval = dispatch.path("execution").path("eval_log").path("content");
    if (eval.isTextual()) {
      texts.add(eval.asText());
    }
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    return new long[] {bytes, tokens(String.join("\n", texts))};
  }

  static long[] file(Path p) {
    byte[] b = bytes(p);
    return new long[] {b.length, tokens(new String(b, StandardCharsets.UTF_8))};
  }

  static long tokens(String text) {
    return CL100K.countTokensOrdinary(text);
  }

  /** The paper's aggregate per-task memory tokens ({@code memory_tokens.json}). */
  Map<String, JsonNode> memoryTokens() {
    Map<String, JsonNode> m = new TreeMap<>();
    read(dir.resolve("memory_tokens.json")).path("per_task").properties().forEach(e -> m.put(e.getKey(), e.getValue()));
    return m;
  }

  /** The paper's per-task self-debug bytes ({@code b2_covering_bytes.json}). */
  JsonNode selfDebugBytes() {
    return read(dir.resolve("b2_covering_bytes.json"));
  }

  static JsonNode read(Path f) {
    try {
      return JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path d) {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(d, "*.json")) {
      ds.forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(null);
    return out;
  }
}
