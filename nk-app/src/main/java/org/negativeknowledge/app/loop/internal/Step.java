package org.negativeknowledge.app.loop.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.negativeknowledge.app.loop.Condition;
import org.negativeknowledge.app.loop.ConditionPlan;

/**
 * One attempt of a condition's chain at a task. Its key ({@code nk1/round2}) names its folder; the
 * same key in two chains is the same attempt, made once (round 1 of every condition but bank; the
 * self-debug rounds of nkdeep).
 *
 * @param key the attempt's key: the owning condition's name, a slash, {@code round} and the round
 * @param owner the condition the key belongs to
 * @param round the round, from 1
 * @param memory what the attempt is shown
 */
public record Step(String key, Condition owner, int round, Rule memory) {

  /** What an attempt is shown. */
  public enum Rule {
    /** Nothing (first attempts, plain retries). */
    NONE,
    /** The record curated from the previous attempt of the chain. */
    RECORD_OF_PREVIOUS,
    /** The code and logs of the previous attempt of the chain. */
    RAW_OF_PREVIOUS,
    /** A deep record curated over every earlier attempt of the chain. */
    DEEP_OF_ALL,
    /** A consultation of the bank. */
    BANK
  }

  public Step {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(memory, "memory");
  }

  /** The key of the attempt {@code owner} makes in {@code round}. */
  public static String key(Condition owner, int round) {
    return owner.wireName() + "/round" + round;
  }

  /** The attempts of {@code plan}'s chain, in order; the chain stops at the first that passes. */
  public static List<Step> chain(ConditionPlan plan) {
    Condition c = plan.condition();
    List<Step> steps = new ArrayList<>();
    if (c == Condition.BANK) {
      for (int r = 1; r <= plan.rounds(); r++) {
        steps.add(new Step(key(c, r), c, r, Rule.BANK));
      }
      return List.copyOf(steps);
    }
    steps.add(new Step(key(Condition.BASE, 1), Condition.BASE, 1, Rule.NONE));
    for (int r = 2; r <= plan.rounds(); r++) {
      steps.add(switch (c) {
        case RETRY -> new Step(key(c, r), c, r, Rule.NONE);
        case NK1 -> new Step(key(c, r), c, r, Rule.RECORD_OF_PREVIOUS);
        case SELFDEBUG -> new Step(key(c, r), c, r, Rule.RAW_OF_PREVIOUS);
        case NKDEEP -> r < plan.rounds()
            ? new Step(key(Condition.SELFDEBUG, r), Condition.SELFDEBUG, r, Rule.RAW_OF_PREVIOUS)
            : new Step(key(c, r), c, r, Rule.DEEP_OF_ALL);
        default -> throw new IllegalStateException("no round " + r + " for " + c);
      });
    }
    return List.copyOf(steps);
  }
}
