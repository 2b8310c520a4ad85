package org.negativeknowledge.app.loop.internal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a run keeps its files: {@code run.json}, one folder per task ({@code tasks/ID}) holding one
 * folder per attempt ({@code tasks/ID/nk1/round2}), and the derived {@code results.tsv}, {@code
 * research_state.jsonl}, {@code report.json} and {@code report.txt}.
 *
 * @param root the run folder
 */
public record RunLayout(Path root) {
  public RunLayout {
    Objects.requireNonNull(root, "root");
    root = root.toAbsolutePath().normalize();
  }

  public Path runJson() {
    return root.resolve("run.json");
  }

  public Path taskDir(String taskId) {
    return root.resolve("tasks").resolve(taskId);
  }

  /** The folder of attempt {@code step} ({@code nk1/round2}) of a task. */
  public Path attemptDir(String taskId, String step) {
    return taskDir(taskId).resolve(step);
  }

  public Path resultsTsv() {
    return root.resolve("results.tsv");
  }

  public Path researchState() {
    return root.resolve("research_state.jsonl");
  }

  public Path reportJson() {
    return root.resolve("report.json");
  }

  public Path reportText() {
    return root.resolve("report.txt");
  }

  /** The file where a task's unexpected error is written. */
  public Path taskError(String taskId) {
    return taskDir(taskId).resolve("error.txt");
  }
}
