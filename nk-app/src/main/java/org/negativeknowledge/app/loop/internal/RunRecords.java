package org.negativeknowledge.app.loop.internal;

import org.negativeknowledge.app.loop.internal.files.TextFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.negativeknowledge.app.loop.AttemptStatus;
import org.negativeknowledge.app.loop.ConditionPlan;
import org.negativeknowledge.app.loop.LoopException;

/**
 * The attempt records of a run folder, read once: per task, the attempts in the order they were
 * made, and each condition's chain as far as it went.
 */
public final class RunRecords {
  private final RunLayout layout;
  private final RunManifest manifest;
  private final Map<String, Map<String, AttemptRecord>> byTask = new LinkedHashMap<>();
  private final List<String> unreadable = new ArrayList<>();

  private RunRecords(RunLayout layout, RunManifest manifest) {
    this.layout = layout;
    this.manifest = manifest;
    for (String task : manifest.tasks()) {
      Map<String, AttemptRecord> steps = new LinkedHashMap<>();
      for (ConditionPlan plan : manifest.conditions()) {
        for (Step step : Step.chain(plan)) {
          Path f = layout.attemptDir(task, step.key()).resolve(AttemptJson.FILE);
          if (steps.containsKey(step.key()) || !Files.isRegularFile(f)) {
            continue;
          }
          try {
            steps.put(step.key(), AttemptJson.read(f));
          } catch (LoopException e) {
            unreadable.add(e.getMessage());
          }
        }
      }
      byTask.put(task, steps);
    }
  }

  /** Reads the run folder. */
  public static RunRecords read(RunLayout layout) {
    return new RunRecords(layout, RunManifest.read(layout));
  }

  public RunLayout layout() {
    return layout;
  }

  public RunManifest manifest() {
    return manifest;
  }

  /** The record of {@code step} of {@code task}, when it is complete. */
  public Optional<AttemptRecord> attempt(String task, String step) {
    return Optional.ofNullable(byTask.getOrDefault(task, Map.of()).get(step));
  }

  /** Every complete attempt of {@code task}, in the order they were made. */
  public List<AttemptRecord> attempts(String task) {
    List<AttemptRecord> all = new ArrayList<>(byTask.getOrDefault(task, Map.of()).values());
    all.sort(java.util.Comparator.comparing(AttemptRecord::startedAt));
    return all;
  }

  /**
   * The attempts of {@code plan}'s chain at {@code task} as far as they went; {@code complete} says
   * whether the chain reached its end (a pass, an error, no recording, or its last round).
   */
  public Chain chain(String task, ConditionPlan plan) {
    List<AttemptRecord> made = new ArrayList<>();
    for (Step step : Step.chain(plan)) {
      Optional<AttemptRecord> r = attempt(task, step.key());
      if (r.isEmpty()) {
        return new Chain(made, false);
      }
      made.add(r.get());
      if (r.get().status() != AttemptStatus.FAILED) {
        break;
      }
    }
    return new Chain(made, true);
  }

  /**
   * A chain as far as it went.
   *
   * @param attempts its attempts, in order
   * @param complete whether it reached its end
   */
  public record Chain(List<AttemptRecord> attempts, boolean complete) {
    public boolean passed() {
      return attempts.stream().anyMatch(AttemptRecord::passed);
    }
  }

  /** Attempt files that could not be read. */
  public List<String> unreadable() {
    return List.copyOf(unreadable);
  }

  /** The error a task stopped on, when one was written. */
  public Optional<String> taskError(String task) {
    Path f = layout.taskError(task);
    return Files.isRegularFile(f) ? Optional.of(TextFiles.read(f).strip()) : Optional.empty();
  }
}
