package org.negativeknowledge.app.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A condition and how many attempts it may make at each task (its first attempt included); it stops
 * at the first attempt that passes.
 *
 * @param condition the condition
 * @param rounds attempts per task: exactly 1 for {@link Condition#BASE}, at least 3 for {@link
 *     Condition#NKDEEP} (two failed rounds before the deep record), at least 1 otherwise
 */
public record ConditionPlan(Condition condition, int rounds) {

  public ConditionPlan {
    Objects.requireNonNull(condition, "condition");
    if (condition == Condition.BASE && rounds != 1) {
      throw new IllegalArgumentException("base is one attempt; it cannot have " + rounds + " rounds");
    }
    if (condition == Condition.NKDEEP && rounds < 3) {
      throw new IllegalArgumentException("nkdeep needs at least 3 rounds (two failed rounds before the"
          + " depth-N record), got " + rounds + "; use nk1 for a record of one failed round");
    }
    if (rounds < 1 || rounds > 50) {
      throw new IllegalArgumentException(condition.wireName() + ": rounds must be in 1..50, got " + rounds);
    }
  }

  /**
   * Parses a comma-separated list such as {@code base,retry:2,nk1,selfdebug,nkdeep:4}: a condition
   * without {@code :N} gets {@code defaultRounds} (base always 1, nkdeep at least 3).
   *
   * @throws IllegalArgumentException naming the bad item
   */
  public static List<ConditionPlan> parseList(String text, int defaultRounds) {
    List<ConditionPlan> out = new ArrayList<>();
    for (String item : text.split(",")) {
      if (item.isBlank()) {
        continue;
      }
      String[] parts = item.strip().split(":", 2);
      Condition c = Condition.fromWireName(parts[0]);
      int rounds;
      if (parts.length == 2) {
        try {
          rounds = Integer.parseInt(parts[1].strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + item.strip() + "': the rounds after ':' must be a whole number");
        }
      } else {
        rounds = c == Condition.BASE ? 1 : c == Condition.NKDEEP ? Math.max(3, defaultRounds) : defaultRounds;
      }
      if (out.stream().anyMatch(p -> p.condition() == c)) {
        throw new IllegalArgumentException("condition " + c.wireName() + " is listed twice");
      }
      out.add(new ConditionPlan(c, rounds));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no condition given: use e.g. base,retry,nk1,selfdebug,nkdeep,bank");
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return condition.wireName() + ":" + rounds;
  }
}
