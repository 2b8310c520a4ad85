package org.negativeknowledge.bank;

import java.util.Objects;

/**
 * One record an import did not store.
 *
 * @param source where it was, as {@code file:line} (line 1 for a single-object {@code .json} file,
 *     the element's line for an array element)
 * @param reason what is wrong and how to fix it
 */
public record Rejection(String source, String reason) {
  public Rejection {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return source + ": " + reason;
  }
}
