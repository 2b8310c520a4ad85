package org.negativeknowledge.app.loop;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One candidate to run and judge.
 *
 * @param task the task (its workspace, commands and limits)
 * @param step the attempt's key in the run ({@code nk1/round2}); a replay looks the execution up by
 *     it
 * @param attemptDir the attempt's folder: the executor writes {@code exec.log}, {@code eval.log}
 *     (when the evaluator ran) and its workspace there
 * @param files the candidate files, path relative to the workspace to content
 * @param guarded folders the candidate must not write to (the task's folder, the task's folder of
 *     the run): a local executor without a sandbox watches them
 */
public record ExecutionRequest(
    LoopTask task, String step, Path attemptDir, Map<String, String> files, List<Path> guarded) {
  public ExecutionRequest {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(attemptDir, "attemptDir");
    files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    guarded = List.copyOf(guarded);
  }
}
