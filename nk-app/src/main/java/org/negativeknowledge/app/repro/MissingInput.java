package org.negativeknowledge.app.repro;

import java.util.Objects;
import java.util.Optional;

/**
 * An input a computation needed that the data folder lacks, and how its absence is known.
 *
 * @param file the absent file or item, relative to the data folder (e.g. {@code
 *     section3/nk_records/task_004.json}, or {@code section3/dispatches/solver: 004
 *     sonnet_4.6/round2_B2} for a dispatch known by its fields)
 * @param task the task the input belongs to, or null when it belongs to none
 * @param evidence what says the input should exist (e.g. {@code listed in
 *     section3/solver_tokens.csv})
 */
public record MissingInput(String file, String task, String evidence) {
  public MissingInput {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** The task, when the input belongs to one. */
  public Optional<String> taskId() {
    return Optional.ofNullable(task);
  }
}
