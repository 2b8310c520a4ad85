package org.negativeknowledge.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.Curator;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.server.FileAccess;
import org.negativeknowledge.server.InvalidRequestException;
import org.negativeknowledge.server.ServerException;

/**
 * The arguments of a curation: {@code task_id} (required), {@code instruction}, {@code rounds}
 * (one object per failed round, oldest first) and optionally {@code round1_record} (then exactly
 * one round: a round-2 curation). Each round is either {@code {"dir": PATH}} (a round directory),
 * {@code {"code": PATH, "exec_log": PATH, "reasoning": PATH, "eval_log": PATH?}}, or inline texts
 * {@code {"code_text", "exec_log_text", "reasoning_text", "eval_log_text"?}} (written to a private
 * temporary directory that is deleted afterwards). Paths are checked against the {@link FileAccess}:
 * refused when it reads none; when it is confined to folders, each file is checked (real path inside
 * an allowed folder, and inside the round directory for {@code dir}; a regular file) and copied,
 * at most {@link FileAccess#MAX_FILE_BYTES} each, into the private directory, so the curator reads
 * a snapshot that no link swapped afterwards can redirect.
 */
public final class CurationRequest implements AutoCloseable {
  private final String taskId;
  private final String instruction;
  private final List<FailureArtifacts> rounds;
  private final ObjectNode round1Record;
  private final Path tempDir;

  private CurationRequest(String taskId, String instruction, List<FailureArtifacts> rounds, ObjectNode round1Record, Path tempDir) {
    this.taskId = taskId;
    this.instruction = instruction;
    this.rounds = List.copyOf(rounds);
    this.round1Record = round1Record;
    this.tempDir = tempDir;
  }

  /** Parses and materialises the rounds; close to delete inline texts' temporary files. */
  public static CurationRequest parse(JsonArgs a, FileAccess access) {
    String taskId = a.requireText("task_id");
    String instruction = a.optText("instruction").orElse("");
    List<ObjectNode> rs = a.optObjects("rounds");
    if (rs.isEmpty()) {
      throw new InvalidRequestException("missing argument 'rounds': one object per failed round"
          + " ({dir}, {code, exec_log, reasoning, eval_log?} or {code_text, exec_log_text, reasoning_text, eval_log_text?})");
    }
    ObjectNode round1 = a.has("round1_record") ? a.requireObject("round1_record") : null;
    if (round1 != null && rs.size() != 1) {
      throw new InvalidRequestException("a round-2 curation (round1_record given) takes exactly one round, got " + rs.size());
    }
    Path temp = null;
    List<FailureArtifacts> out = new ArrayList<>();
    try {
      for (int i = 0; i < rs.size(); i++) {
        JsonArgs r = JsonArgs.of(rs.get(i));
        String where = "rounds[" + i + "]";
        if (temp == null && (r.has("code_text") || !access.isUnrestricted())) {
          temp = Files.createTempDirectory("nk-curate-");
        }
        if (r.has("code_text")) {
          Path dir = Files.createDirectories(temp.resolve("round" + (i + 1)));
          Path code = write(dir, "candidate.py", r.requireText("code_text"));
          Path exec = write(dir, FailureArtifacts.EXEC_LOG, r.requireText("exec_log_text"));
          Path reasoning = write(dir, FailureArtifacts.REASONING, r.optText("reasoning_text").orElse("(no reasoning notes)"));
          Optional<Path> eval = r.optText("eval_log_text").isPresent()
              ? Optional.of(write(dir, FailureArtifacts.EVAL_LOG, r.optText("eval_log_text").get()))
              : Optional.empty();
          out.add(new FailureArtifacts(code, exec, reasoning, eval, List.of()));
        } else {
          FailureArtifacts f = fromPaths(r, where, access);
          out.add(access.isUnrestricted() ? f : ConfinedCopies.copy(f, where, access, temp.resolve("round" + (i + 1))));
        }
      }
    } catch (IOException e) {
      deleteTree(temp);
      throw new ServerException(500, "cannot write the inline artifacts to a temporary directory: " + e.getMessage(), null);
    } catch (RuntimeException e) {
      deleteTree(temp);
      throw e;
    }
    return new CurationRequest(taskId, instruction, out, round1, temp);
  }

  private static FailureArtifacts fromPaths(JsonArgs r, String where, FileAccess access) {
    if (r.has("dir")) {
      Path dir = access.directory(where + ".dir", r.requireText("dir"));
      FailureArtifacts f = FailureArtifacts.fromRoundDirectory(dir);
      return access.isUnrestricted() ? f : ConfinedCopies.within(f, dir, where, access);
    }
    FailureArtifacts f = FailureArtifacts.of(
        access.regularFile(where + ".code", r.requireText("code")),
        access.regularFile(where + ".exec_log", r.requireText("exec_log")),
        access.regularFile(where + ".reasoning", r.requireText("reasoning")));
    if (r.optText("eval_log").isPresent()) {
      f = f.withEvalLog(access.regularFile(where + ".eval_log", r.optText("eval_log").get()));
    }
    return f;
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** The task id. */
  public String taskId() {
    return taskId;
  }

  /** The failed rounds, in order (their files exist until {@link #close()}). */
  public List<FailureArtifacts> rounds() {
    return rounds;
  }

  /** Runs the curation fitting the rounds: depth-1, round-2 or deep. */
  public CurationResult run(Curator curator) {
    TaskContext task = new TaskContext(taskId, instruction);
    if (round1Record != null) {
      return curator.curateRound2(task, round1Record, rounds.get(0));
    }
    return rounds.size() == 1 ? curator.curateDepth1(task, rounds.get(0)) : curator.curateDeep(task, rounds);
  }

  @Override
  public void close() {
    deleteTree(tempDir);
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temporary directory is harmless; the curation result is what matters
    }
  }
}
