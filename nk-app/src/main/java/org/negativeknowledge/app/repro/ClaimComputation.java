package org.negativeknowledge.app.repro;

import java.util.Objects;
import java.util.function.Function;

/**
 * How one claim is computed from a study's artifacts.
 *
 * @param <A> the study's artifact reader
 * @param method the computation in words, as reports show it
 * @param compute the computation
 */
public record ClaimComputation<A>(String method, Function<A, Computed> compute) {
  public ClaimComputation {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(compute, "compute");
  }
}
