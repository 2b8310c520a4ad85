package org.negativeknowledge.curator.signature;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The evaluator's score line, e.g. {@code (0, '8 / 14')} or {@code False}.
 *
 * @param value the success value (1 passed, 0 failed; a verdict {@code True}/{@code False} maps to
 *     1/0)
 * @param detail the detail the evaluator printed next to the value ({@code 8 / 14}, {@code N/A}),
 *     empty when none
 * @param correct the number of correct items when the detail reads {@code k / n}
 * @param total the number of items when the detail reads {@code k / n}
 * @param raw the score line as printed (bounded)
 */
public record EvalScore(double value, String detail, OptionalInt correct, OptionalInt total, String raw) {

  public EvalScore {
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(correct, "correct");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(raw, "raw");
  }

  /** True when the evaluator counted some but not all items as correct. */
  public boolean partial() {
    return correct.isPresent() && total.isPresent() && correct.getAsInt() > 0
        && correct.getAsInt() < total.getAsInt();
  }

  /** True when the evaluator counted items and none was correct. */
  public boolean noneCorrect() {
    return correct.isPresent() && correct.getAsInt() == 0;
  }

  /** True when the evaluator printed {@code N/A} as the detail: it scored nothing measurable. */
  public boolean notApplicable() {
    return correct.isEmpty() && detail.equalsIgnoreCase("N/A");
  }

  /** How the score reads in a sentence: {@code 8 / 14}, {@code 0 (N/A)}, {@code False}. */
  public String describe() {
    if (correct.isPresent()) {
      return correct.getAsInt() + " / " + total.orElse(0) + " correct";
    }
    if (detail.isEmpty()) {
      return raw;
    }
    return formatValue() + " (" + detail + ")";
  }

  private String formatValue() {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
