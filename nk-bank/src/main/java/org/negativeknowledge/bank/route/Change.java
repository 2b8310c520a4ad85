package org.negativeknowledge.bank.route;

import java.util.List;
import java.util.Objects;

/**
 * One change a route makes, as read from its description: what it touches, what it does to it and,
 * for a setting, the value.
 *
 * <p>Names are normalised: abbreviations and synonyms are read as one canonical name ({@code lr},
 * {@code learning rate} and {@code learning_rate} are {@code learning_rate}; {@code mcw} is {@code
 * min_child_weight}), other words are stemmed ({@code smoothing} and {@code smooth} are one word).
 *
 * @param action what is done
 * @param names the specific words of what is changed ({@code [cosine]} for "cosine weight"), in order
 * @param heads the generic head words ({@code [weight]}): what kind of thing is changed
 * @param label what is changed, as written ({@code "cosine weight"})
 * @param qualifier what the change is applied to ({@code "feature dropout on conditioning"} has
 *     {@code [condit]}); a change on another component is another change
 * @param detail words that add detail without naming the change (parentheses, {@code "with ..."})
 * @param attribute the value's own name when it is generic ({@code scale} in {@code "CFG scale=1.5"}),
 *     else null
 * @param from the value before the change when the route says it ({@code 12} in {@code 12->14}), else
 *     null
 * @param to the value the route sets, else null
 * @param direction which way the value moves, when known
 * @param text the part of the description this change was read from
 */
public record Change(
    ChangeAction action,
    List<String> names,
    List<String> heads,
    String label,
    List<String> qualifier,
    List<String> detail,
    String attribute,
    SettingValue from,
    SettingValue to,
    Direction direction,
    String text) {

  public Change {
    Objects.requireNonNull(action, "action");
    names = List.copyOf(names);
    heads = List.copyOf(heads);
    Objects.requireNonNull(label, "label");
    qualifier = List.copyOf(qualifier);
    detail = List.copyOf(detail);
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Whether the change is a setting's value or direction ({@code "depth 12->14"}, {@code "larger
   * batch"}), rather than a technique that may carry a value as its attribute.
   */
  public boolean isSetting() {
    return (to != null && attribute == null) || (action == ChangeAction.SET && direction != Direction.NONE);
  }

  /** A short description: {@code set `depth` 12->14}, {@code remove `reverse pass`}. */
  public String describe() {
    StringBuilder sb = new StringBuilder(action.wireName()).append(" `").append(label).append('`');
    if (to != null) {
      sb.append(attribute != null ? " " + attribute : "").append(' ');
      sb.append(from != null ? from + "->" : "").append(to);
    } else if (direction != Direction.NONE) {
      sb.append(' ').append(direction == Direction.UP ? "up" : "down");
    }
    return sb.toString();
  }
}
