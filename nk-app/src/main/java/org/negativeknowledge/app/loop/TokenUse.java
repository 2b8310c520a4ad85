package org.negativeknowledge.app.loop;

import java.util.OptionalLong;

/**
 * Tokens one model call (or a recorded one) cost. A recording may know only the total.
 *
 * @param input input tokens, when known
 * @param output output tokens, when known
 * @param total all tokens, when known (input plus output when both are)
 */
public record TokenUse(OptionalLong input, OptionalLong output, OptionalLong total) {

  /** Nothing known (a command solver that reports no usage). */
  public static TokenUse unknown() {
    return new TokenUse(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());
  }

  /** Input and output known; the total is their sum. */
  public static TokenUse of(long input, long output) {
    return new TokenUse(OptionalLong.of(input), OptionalLong.of(output), OptionalLong.of(input + output));
  }

  /** Only the total known (the paper's dispatch accounts). */
  public static TokenUse totalOnly(long total) {
    return new TokenUse(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.of(total));
  }
}
