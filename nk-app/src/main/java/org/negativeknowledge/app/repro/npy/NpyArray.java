package org.negativeknowledge.app.repro.npy;

import java.util.Arrays;
import java.util.Objects;

/**
 * An n-dimensional numeric array read from a {@code .npy} file, held as doubles in C (row-major)
 * order whatever the file's order; float32 and integer values are widened exactly. Immutable.
 */
public final class NpyArray {
  private final String dtype;
  private final int[] shape;
  private final double[] data;

  NpyArray(String dtype, int[] shape, double[] data) {
    this.dtype = Objects.requireNonNull(dtype, "dtype");
    this.shape = shape.clone();
    this.data = data;
  }

  /** The file's type descriptor, e.g. {@code <f8}, {@code <f4}, {@code >i4}. */
  public String dtype() {
    return dtype;
  }

  /** The shape; {@code ()} for a scalar. */
  public int[] shape() {
    return shape.clone();
  }

  /** The number of dimensions. */
  public int rank() {
    return shape.length;
  }

  /** The number of elements. */
  public int size() {
    return data.length;
  }

  /** The element at {@code index} (one index per dimension). */
  public double get(int... index) {
    if (index.length != shape.length) {
      throw new IllegalArgumentException(
          "an index needs " + shape.length + " positions, got " + index.length);
    }
    int flat = 0;
    for (int d = 0; d < shape.length; d++) {
      if (index[d] < 0 || index[d] >= shape[d]) {
        throw new IndexOutOfBoundsException(
            "index " + index[d] + " is outside dimension " + d + " of size " + shape[d]);
      }
      flat = flat * shape[d] + index[d];
    }
    return data[flat];
  }

  /** A copy of every element in C order. */
  public double[] toArray() {
    return data.clone();
  }

  /**
   * A copy of the elements whose leading indices are {@code prefix}, in C order (for a (T, C, N)
   * array, {@code slice(t, c)} is the N values of channel c at snapshot t).
   */
  public double[] slice(int... prefix) {
    if (prefix.length > shape.length) {
      throw new IllegalArgumentException("a slice prefix cannot be longer than the rank");
    }
    int start = 0;
    int len = 1;
    for (int d = 0; d < shape.length; d++) {
      if (d < prefix.length) {
        if (prefix[d] < 0 || prefix[d] >= shape[d]) {
          throw new IndexOutOfBoundsException(
              "index " + prefix[d] + " is outside dimension " + d + " of size " + shape[d]);
        }
        start = start * shape[d] + prefix[d];
      } else {
        start *= shape[d];
        len *= shape[d];
      }
    }
    return Arrays.copyOfRange(data, start, start + len);
  }

  @Override
  public String toString() {
    return "NpyArray" + Arrays.toString(shape) + " " + dtype;
  }
}
