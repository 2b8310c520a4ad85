package org.negativeknowledge.curator.signature;

import java.util.Objects;

/**
 * A goal flag a program printed about itself, such as {@code reached_T10=True} or {@code
 * converged: False}: the program's own statement of whether it reached the target it was run for.
 * The last such flag of a log wins (a summary line follows the progress lines).
 *
 * @param name the flag's name as printed ({@code reached_T10})
 * @param reached the flag's value
 * @param line the log line that carried it (bounded)
 */
public record TargetFlag(String name, boolean reached, String line) {

  public TargetFlag {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(line, "line");
  }
}
