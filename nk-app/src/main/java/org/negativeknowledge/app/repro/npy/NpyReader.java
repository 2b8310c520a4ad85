package org.negativeknowledge.app.repro.npy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads NumPy {@code .npy} files: the magic {@code \x93NUMPY}, a version (1.0: 2-byte header
 * length; 2.0 and 3.0: 4-byte, 3.0 with a UTF-8 header), a header dict with {@code descr}, {@code
 * fortran_order} and {@code shape}, then the raw data. Supported types: {@code f4}, {@code f8},
 * {@code i1..i8}, {@code u1..u8}, {@code b1}, in either byte order. Stateless and thread-safe.
 */
public final class NpyReader {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR = Pattern.compile("['\"]descr['\"]\\s*:\\s*['\"]([^'\"]*)['\"]");
  private static final Pattern ORDER =
      Pattern.compile("['\"]fortran_order['\"]\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("['\"]shape['\"]\\s*:\\s*\\(([^)]*)\\)");

  private NpyReader() {}

  /**
   * Reads the array in {@code file}.
   *
   * @throws NpyFormatException naming the file when it is not a supported {@code .npy} array
   */
  public static NpyArray read(Path file) {
    try {
      return read(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read", e);
    }
  }

  /**
   * Reads an array from the bytes of a {@code .npy} file; {@code name} names it in errors.
   *
   * @throws NpyFormatException when the bytes are not a supported {@code .npy} array
   */
  public static NpyArray read(byte[] bytes, String name) {
    ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length < 10 || !startsWithMagic(bytes)) {
      throw new NpyFormatException(name + ": not a .npy file (no \\x93NUMPY magic at the start)");
    }
    int major = bytes[6] & 0xff;
    buf.position(8);
    long headerLen;
    if (major == 1) {
      headerLen = buf.getShort() & 0xffff;
    } else if (major == 2 || major == 3) {
      if (bytes.length < 12) {
        throw new NpyFormatException(name + ": the header is cut short");
      }
      headerLen = buf.getInt() & 0xffffffffL;
    } else {
      throw new NpyFormatException(
          name + ": .npy format version " + major + "." + (bytes[7] & 0xff)
              + " is not supported (1.0, 2.0 and 3.0 are)");
    }
    int headerStart = buf.position();
    if (headerStart + headerLen > bytes.length) {
      throw new NpyFormatException(
          name + ": the header claims " + headerLen + " bytes but the file has "
              + (bytes.length - headerStart) + " after the length field");
    }
    String header = new String(bytes, headerStart, (int) headerLen,
        major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    String descr = field(DESCR, header, "descr", name);
    boolean fortran = field(ORDER, header, "fortran_order", name).equals("True");
    int[] shape = shape(field(SHAPE, header, "shape", name), name);
    Dtype type = Dtype.parse(descr, name);
    long count = 1;
    for (int d : shape) {
      count *= d;
      if (count > Integer.MAX_VALUE) {
        throw new NpyFormatException(name + ": the array has more than 2^31 elements");
      }
    }
    int dataStart = (int) (headerStart + headerLen);
    long needed = count * type.size();
    if (bytes.length - dataStart < needed) {
      throw new NpyFormatException(
          name + ": truncated: shape " + Arrays.toString(shape) + " of " + descr + " needs "
              + needed + " data bytes, the file has " + (bytes.length - dataStart));
    }
    ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, (int) needed).slice().order(type.order());
    double[] values = new double[(int) count];
    for (int i = 0; i < values.length; i++) {
      values[i] = type.read(data, i * type.size());
    }
    return new NpyArray(descr, shape, fortran ? toCOrder(values, shape) : values);
  }

  private static boolean startsWithMagic(byte[] b) {
    for (int i = 0; i < MAGIC.length; i++) {
      if (b[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private static String field(Pattern p, String header, String key, String name) {
    Matcher m = p.matcher(header);
    if (!m.find()) {
      throw new NpyFormatException(
          name + ": the header has no readable '" + key + "' (header: " + header.strip()
              + "); structured dtypes are not supported");
    }
    return m.group(1);
  }

  private static int[] shape(String text, String name) {
    List<Integer> dims = new ArrayList<>();
    for (String part : text.split(",")) {
      String t = part.strip();
      if (t.isEmpty()) {
        continue;
      }
      try {
        dims.add(Integer.parseInt(t.endsWith("L") ? t.substring(0, t.length() - 1) : t));
      } catch (NumberFormatException e) {
        throw new NpyFormatException(name + ": shape entry '" + t + "' is not an integer");
      }
    }
    return dims.stream().mapToInt(Integer::intValue).toArray();
  }

  private static double[] toCOrder(double[] fortran, int[] shape) {
    double[] c = new double[fortran.length];
    int rank = shape.length;
    int[] idx = new int[rank];
    for (int flatC = 0; flatC < c.length; flatC++) {
      int flatF = 0;
      for (int d = rank - 1; d >= 0; d--) {
        flatF = flatF * shape[d] + idx[d];
      }
      c[flatC] = fortran[flatF];
      for (int d = rank - 1; d >= 0; d--) {
        if (++idx[d] < shape[d]) {
          break;
        }
        idx[d] = 0;
      }
    }
    return c;
  }
}
