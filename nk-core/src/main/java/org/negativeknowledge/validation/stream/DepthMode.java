package org.negativeknowledge.validation.stream;

/**
 * The depth an NK record is checked at: {@linkplain #auto() taken from the record} (its integer
 * {@code depth} when >= 2, else 1) or {@linkplain #fixed(int) fixed} by the caller. Immutable.
 */
public final class DepthMode {
  private static final DepthMode AUTO = new DepthMode(0);

  private final int depth;

  private DepthMode(int depth) {
    this.depth = depth;
  }

  /** Depth taken from each record. */
  public static DepthMode auto() {
    return AUTO;
  }

  /** Every NK record is expected to have this depth (1 = depth-1 rules). */
  public static DepthMode fixed(int depth) {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be >= 1, got " + depth);
    }
    return new DepthMode(depth);
  }

  /**
   * Parses {@code auto} or a positive integer.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static DepthMode parse(String text) {
    if (text == null || text.isBlank() || "auto".equalsIgnoreCase(text.trim())) {
      return AUTO;
    }
    try {
      return fixed(Integer.parseInt(text.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("depth '" + text + "' is neither auto nor an integer >= 1", e);
    }
  }

  /** True when the depth comes from each record. */
  public boolean isAuto() {
    return depth == 0;
  }

  /** The fixed depth; {@link IllegalStateException} when {@link #isAuto()}. */
  public int depth() {
    if (depth == 0) {
      throw new IllegalStateException("depth mode is auto");
    }
    return depth;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DepthMode other && other.depth == depth;
  }

  @Override
  public int hashCode() {
    return depth;
  }

  @Override
  public String toString() {
    return depth == 0 ? "auto" : Integer.toString(depth);
  }
}
