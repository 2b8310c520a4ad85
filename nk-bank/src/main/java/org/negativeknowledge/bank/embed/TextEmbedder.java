package org.negativeknowledge.bank.embed;

import java.util.List;

/**
 * Turns a text into a unit-length vector whose dot product with another text's vector says how
 * alike the two are in meaning. Implementations must be thread-safe.
 */
public interface TextEmbedder {

  /** The vector of {@code text}, of {@link #dimensions()} floats, unit length. */
  float[] embed(String text);

  /** The vectors of {@code texts}, in order; implementations may batch them. */
  default List<float[]> embedAll(List<String> texts) {
    return texts.stream().map(this::embed).toList();
  }

  /**
   * Starts whatever the first {@link #embed} would otherwise wait for (loading a model) on a
   * background thread, for a caller that knows it will embed soon and has other work meanwhile.
   * Never blocks; a no-op by default and when the work has started already.
   */
  default void prepare() {}

  /**
   * Waits until the work {@link #prepare()} started has ended, successfully or not; returns at once
   * when none was started. For a caller about to fail after preparing: a process must not exit while
   * a native model is being loaded. A no-op by default.
   */
  default void awaitPrepared() {}

  /** The length of every vector. */
  int dimensions();

  /** The model's name, for messages and for telling indexes built by another model apart. */
  String model();

  /** The cosine similarity of two unit vectors, clamped to [-1, 1]. */
  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " dimensions");
    }
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return Math.max(-1, Math.min(1, dot));
  }
}
