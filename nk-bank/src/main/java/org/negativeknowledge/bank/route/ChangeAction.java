package org.negativeknowledge.bank.route;

import java.util.Locale;

/** What a change does to the thing it names. */
public enum ChangeAction {
  /** Adds or uses a component or technique ({@code "add EMA"}, {@code "SwiGLU MLP"}). */
  ADD,
  /** Removes or disables one ({@code "remove the reverse pass"}, {@code "no dropout"}). */
  REMOVE,
  /** Replaces one with another ({@code "SGD instead of Adam"}, {@code "MLP relu->gelu"}). */
  REPLACE,
  /** Gives a setting a value or moves it ({@code "lr 3e-4 -> 1e-3"}, {@code "larger batch"}). */
  SET;

  /** {@code add}, {@code remove}, {@code replace} or {@code set}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
