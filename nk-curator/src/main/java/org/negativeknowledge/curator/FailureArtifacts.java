package org.negativeknowledge.curator;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.negativeknowledge.curator.internal.Causes;

/**
 * What one failed round left behind.
 *
 * <p>A round directory maps to one with {@link #fromRoundDirectory(Path)}: {@code candidate.*}
 * (the code; {@code candidate.py} wins when several exist), {@code exec.log}, {@code reasoning.md}
 * and, when present, {@code eval.log}. An absent eval log is normal: the run crashed before the
 * evaluator. Each of these must be a regular file inside the round directory ({@link
 * ArtifactPaths#confine(Path)}): a symbolic link under one of the names that leads out of the
 * directory is refused, whether its target exists or not, and the artifacts are checked again when
 * they are read. Other files of the directory are not picked up (round directories often hold data
 * and outputs); add them explicitly with {@link #withExtraFiles(List)}. The {@code with*} methods
 * return a copy with one path overridden.
 *
 * @param code the code the attempt ran
 * @param execLog the execution log (exit code, stdout, stderr)
 * @param reasoning the attempt's own reasoning notes
 * @param evalLog the evaluator's log, absent when the evaluator never ran
 * @param extraFiles further files the curator may read, in order
 */
public record FailureArtifacts(
    Path code, Path execLog, Path reasoning, Optional<Path> evalLog, List<Path> extraFiles) {

  /** File name of the execution log in a round directory. */
  public static final String EXEC_LOG = "exec.log";
  /** File name of the reasoning notes in a round directory. */
  public static final String REASONING = "reasoning.md";
  /** File name of the evaluator log in a round directory. */
  public static final String EVAL_LOG = "eval.log";

  public FailureArtifacts {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(execLog, "execLog");
    Objects.requireNonNull(reasoning, "reasoning");
    Objects.requireNonNull(evalLog, "evalLog");
    extraFiles = List.copyOf(extraFiles);
  }

  /** Artifacts from explicit paths, with no eval log and no extra files. */
  public static FailureArtifacts of(Path code, Path execLog, Path reasoning) {
    return new FailureArtifacts(code, execLog, reasoning, Optional.empty(), List.of());
  }

  /**
   * Maps a round directory to its artifacts.
   *
   * @throws CuratorException when the directory does not exist or lacks the code, the exec log or
   *     the reasoning notes; the message names the missing file
   * @throws ArtifactRefusedException when one of them (or eval.log) is not a regular file inside
   *     the directory
   */
  public static FailureArtifacts fromRoundDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CuratorException(
          dir + ": not a directory (a round directory holds candidate.*, exec.log, reasoning.md"
              + " and optionally eval.log)");
    }
    Path code = findCandidate(dir);
    Path execLog = requireFile(dir, EXEC_LOG);
    Path reasoning = requireFile(dir, REASONING);
    Path eval = dir.resolve(EVAL_LOG);
    boolean hasEval = ArtifactPaths.exists(eval);
    if (hasEval) {
      ArtifactPaths.confine(eval);
    }
    return new FailureArtifacts(code, execLog, reasoning, hasEval ? Optional.of(eval) : Optional.empty(), List.of());
  }

  /**
   * True when {@code dir} looks like a round directory (has {@code candidate.*} and exec.log, which
   * {@link #fromRoundDirectory(Path)} then checks).
   */
  public static boolean isRoundDirectory(Path dir) {
    if (!Files.isDirectory(dir) || !ArtifactPaths.exists(dir.resolve(EXEC_LOG))) {
      return false;
    }
    return !candidates(dir).isEmpty();
  }

  private static Path findCandidate(Path dir) {
    List<Path> found = candidates(dir);
    if (found.isEmpty()) {
      throw new CuratorException(
          dir + ": no candidate.* file (the code the attempt ran); pass the code path explicitly");
    }
    for (Path p : found) {
      if (p.getFileName().toString().equals("candidate.py")) {
        ArtifactPaths.confine(p);
        return p;
      }
    }
    if (found.size() > 1) {
      throw new CuratorException(
          dir + ": several candidate.* files " + found + "; pass the code path explicitly");
    }
    ArtifactPaths.confine(found.get(0));
    return found.get(0);
  }

  private static List<Path> candidates(Path dir) {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "candidate.*")) {
      for (Path p : ds) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)) {
          found.add(p);
        }
      }
    } catch (IOException e) {
      throw new CuratorException(dir + ": cannot list the round directory: " + Causes.chain(e), e);
    }
    found.sort(null);
    return found;
  }

  private static Path requireFile(Path dir, String name) {
    Path p = dir.resolve(name);
    if (!ArtifactPaths.exists(p)) {
      throw new CuratorException(dir + ": missing " + name + " (required in a round directory)");
    }
    ArtifactPaths.confine(p);
    return p;
  }

  /** A copy with another code file. */
  public FailureArtifacts withCode(Path newCode) {
    return new FailureArtifacts(newCode, execLog, reasoning, evalLog, extraFiles);
  }

  /** A copy with another exec log. */
  public FailureArtifacts withExecLog(Path newExecLog) {
    return new FailureArtifacts(code, newExecLog, reasoning, evalLog, extraFiles);
  }

  /** A copy with other reasoning notes. */
  public FailureArtifacts withReasoning(Path newReasoning) {
    return new FailureArtifacts(code, execLog, newReasoning, evalLog, extraFiles);
  }

  /** A copy with another eval log; null means none. */
  public FailureArtifacts withEvalLog(Path newEvalLog) {
    return new FailureArtifacts(code, execLog, reasoning, Optional.ofNullable(newEvalLog), extraFiles);
  }

  /** A copy with these extra files. */
  public FailureArtifacts withExtraFiles(List<Path> newExtraFiles) {
    return new FailureArtifacts(code, execLog, reasoning, evalLog, newExtraFiles);
  }

  /** Every file of the bundle, in the order code, exec log, eval log (if any), reasoning, extras. */
  public List<Path> files() {
    List<Path> all = new ArrayList<>();
    all.add(code);
    all.add(execLog);
    evalLog.ifPresent(all::add);
    all.add(reasoning);
    all.addAll(extraFiles);
    return List.copyOf(all);
  }
}
