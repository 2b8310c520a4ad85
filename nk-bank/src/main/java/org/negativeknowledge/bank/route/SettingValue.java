package org.negativeknowledge.bank.route;

import java.util.Locale;
import java.util.Objects;

/**
 * A value a route gives a setting: a number ({@code 3e-4}, {@code 20%} = 0.2, {@code 2^16},
 * {@code 4x}) or a word ({@code gelu}, {@code SSLL}).
 *
 * @param text the value as written
 * @param number its numeric value, or null for a word
 */
public record SettingValue(String text, Double number) {

  public SettingValue {
    Objects.requireNonNull(text, "text");
  }

  /** A word value. */
  public static SettingValue word(String text) {
    return new SettingValue(text, null);
  }

  /** Whether the value is a number. */
  public boolean isNumber() {
    return number != null;
  }

  /** Whether two values are the same: equal numbers, or the same word ignoring case. */
  public boolean sameAs(SettingValue other) {
    if (isNumber() && other.isNumber()) {
      return Math.abs(number - other.number) <= 1e-9 * Math.max(1, Math.abs(number));
    }
    return !isNumber() && !other.isNumber() && text.toLowerCase(Locale.ROOT).equals(other.text.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return text;
  }
}
