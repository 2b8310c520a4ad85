package org.negativeknowledge.app.repro;

import java.util.Objects;

/**
 * A value computed from the data, with what it was made from.
 *
 * @param value the value, or null when the data did not allow computing one
 * @param inputs the files read and the inputs missing
 */
public record Computed(ClaimValue value, Inputs inputs) {
  public Computed {
    Objects.requireNonNull(inputs, "inputs");
  }

  /** A computed value. */
  public static Computed of(ClaimValue value, Inputs inputs) {
    return new Computed(Objects.requireNonNull(value, "value"), inputs);
  }

  /** No value: the inputs say what is missing. */
  public static Computed none(Inputs inputs) {
    return new Computed(null, inputs);
  }
}
