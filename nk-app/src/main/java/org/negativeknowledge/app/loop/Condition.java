package org.negativeknowledge.app.loop;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the next attempt at a task sees, after a failed one (the paper's section 3 conditions plus
 * the shared bank).
 */
public enum Condition {
  /** One attempt, no memory: the round-1 attempt every other condition but {@link #BANK} shares. */
  BASE("base", "one attempt without memory"),
  /** The same prompt again, as often as the rounds allow. */
  RETRY("retry", "the same prompt again"),
  /** The depth-1 record a curator wrote about the last failed attempt. */
  NK1("nk1", "the depth-1 record of the last failure"),
  /** The raw artifacts (code, execution log, evaluation log) of the last failed attempt. */
  SELFDEBUG("selfdebug", "the raw artifacts of the last failure"),
  /**
   * Self-debug rounds, then one last attempt that sees a depth-N record over all N failed rounds
   * (the paper's deep NK retry); the self-debug rounds are those of {@link #SELFDEBUG}, shared.
   */
  NKDEEP("nkdeep", "a depth-N record over all failed rounds"),
  /**
   * Every attempt consults the shared bank, decides on every surfaced entry through the ledger,
   * proposes its experiment and reports the finding. A task's bank attempts run before its other
   * conditions, so they see what other tasks taught the bank, not this task's other attempts.
   */
  BANK("bank", "a consultation of the shared bank");

  private final String wireName;
  private final String description;

  Condition(String wireName, String description) {
    this.wireName = wireName;
    this.description = description;
  }

  /** The name used on the command line, in folders and in reports ({@code nk1}). */
  public String wireName() {
    return wireName;
  }

  /** What the next attempt sees, in a few words. */
  public String description() {
    return description;
  }

  /**
   * The condition called {@code name} (any case).
   *
   * @throws IllegalArgumentException naming the known conditions
   */
  public static Condition fromWireName(String name) {
    for (Condition c : values()) {
      if (c.wireName.equalsIgnoreCase(name.strip())) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown condition '" + name + "': use "
        + Arrays.stream(values()).map(Condition::wireName).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return wireName.toLowerCase(Locale.ROOT);
  }
}
