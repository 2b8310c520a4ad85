package org.negativeknowledge.app.repro.npy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A simple NumPy type descriptor ({@code <f8}): byte order, kind and item size. */
record Dtype(ByteOrder order, char kind, int size) {

  static Dtype parse(String descr, String name) {
    if (descr.length() < 3) {
      throw new NpyFormatException(name + ": type '" + descr + "' is not a simple NumPy type");
    }
    ByteOrder order = switch (descr.charAt(0)) {
      case '<', '|' -> ByteOrder.LITTLE_ENDIAN;
      case '>' -> ByteOrder.BIG_ENDIAN;
      case '=' -> ByteOrder.nativeOrder();
      default -> throw new NpyFormatException(
          name + ": type '" + descr + "' has no byte-order mark (<, >, | or =)");
    };
    char kind = descr.charAt(1);
    int size;
    try {
      size = Integer.parseInt(descr.substring(2));
    } catch (NumberFormatException e) {
      throw new NpyFormatException(name + ": type '" + descr + "' has no item size");
    }
    boolean ok = switch (kind) {
      case 'f' -> size == 4 || size == 8;
      case 'i', 'u' -> size == 1 || size == 2 || size == 4 || size == 8;
      case 'b' -> size == 1;
      default -> false;
    };
    if (!ok) {
      throw new NpyFormatException(
          name + ": type '" + descr + "' is not supported (f4, f8, i1..i8, u1..u8 and b1 are)");
    }
    return new Dtype(order, kind, size);
  }

  double read(ByteBuffer b, int at) {
    return switch (kind) {
      case 'f' -> size == 4 ? b.getFloat(at) : b.getDouble(at);
      case 'b' -> b.get(at) != 0 ? 1 : 0;
      case 'i' -> switch (size) {
        case 1 -> b.get(at);
        case 2 -> b.getShort(at);
        case 4 -> b.getInt(at);
        default -> b.getLong(at);
      };
      default -> switch (size) {
        case 1 -> b.get(at) & 0xff;
        case 2 -> b.getShort(at) & 0xffff;
        case 4 -> b.getInt(at) & 0xffffffffL;
        default -> unsigned(b.getLong(at));
      };
    };
  }

  private static double unsigned(long v) {
    return v >= 0 ? v : (double) (v >>> 1) * 2 + (v & 1);
  }
}
