package org.negativeknowledge.app.repro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.app.repro.npy.NpyArray;
import org.negativeknowledge.app.repro.npy.NpyFormatException;
import org.negativeknowledge.app.repro.npy.NpyReader;
import org.negativeknowledge.testing.PaperData;

class NpyReaderTest {

  @Test
  void readsVersionOneLittleEndianFloat64InCOrder() {
    byte[] f = npy(1, "<f8", false, "(2, 3)", ByteOrder.LITTLE_ENDIAN, 8, 0, 1, 2, 3, 4, 5.5);
    NpyArray a = NpyReader.read(f, "a.npy");
    assertThat(a.shape()).containsExactly(2, 3);
    assertThat(a.get(1, 2)).isEqualTo(5.5);
    assertThat(a.slice(1)).containsExactly(3, 4, 5.5);
    assertThat(a.dtype()).isEqualTo("<f8");
  }

  @Test
  void readsBigEndianFloat32WithAVersionTwoHeader() {
    byte[] f = npy(2, ">f4", false, "(3,)", ByteOrder.BIG_ENDIAN, 4, 0.1, -2, 1e30);
    NpyArray a = NpyReader.read(f, "b.npy");
    assertThat(a.toArray()).containsExactly((double) 0.1f, -2, (double) 1e30f);
  }

  @Test
  void readsFortranOrderIntoCOrder() {
    // the 2x3 matrix [[0,1,2],[3,4,5]] in column-major order is 0,3,1,4,2,5
    byte[] f = npy(3, "<i4", true, "(2, 3)", ByteOrder.LITTLE_ENDIAN, 4, 0, 3, 1, 4, 2, 5);
    NpyArray a = NpyReader.read(f, "c.npy");
    assertThat(a.toArray()).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(a.get(0, 2)).isEqualTo(2);
  }

  @Test
  void readsSignedAndUnsignedIntegersOfEverySize() {
    assertThat(NpyReader.read(npy(1, "|u1", false, "(2,)", ByteOrder.LITTLE_ENDIAN, 1, 255, 7), "u1").toArray())
        .containsExactly(255, 7);
    assertThat(NpyReader.read(npy(1, "|i1", false, "(1,)", ByteOrder.LITTLE_ENDIAN, 1, -3), "i1").toArray())
        .containsExactly(-3);
    assertThat(NpyReader.read(npy(1, ">i2", false, "(1,)", ByteOrder.BIG_ENDIAN, 2, -300), "i2").toArray())
        .containsExactly(-300);
    assertThat(NpyReader.read(npy(1, "<u4", false, "(1,)", ByteOrder.LITTLE_ENDIAN, 4, 4_000_000_000L), "u4").toArray())
        .containsExactly(4_000_000_000d);
    assertThat(NpyReader.read(npy(1, "<i8", false, "()", ByteOrder.LITTLE_ENDIAN, 8, -5), "scalar").get())
        .isEqualTo(-5);
  }

  @Test
  void rejectsWhatItCannotReadNamingTheFileAndTheFault() {
    assertThatThrownBy(() -> NpyReader.read("not numpy".getBytes(StandardCharsets.US_ASCII), "x.npy"))
        .isInstanceOf(NpyFormatException.class).hasMessageContaining("x.npy: not a .npy file");
    byte[] cut = npy(1, "<f8", false, "(4,)", ByteOrder.LITTLE_ENDIAN, 8, 1, 2, 3, 4);
    assertThatThrownBy(() -> NpyReader.read(java.util.Arrays.copyOf(cut, cut.length - 9), "cut.npy"))
        .hasMessageContaining("cut.npy: truncated").hasMessageContaining("needs 32 data bytes");
    assertThatThrownBy(() -> NpyReader.read(npy(1, "<c16", false, "(1,)", ByteOrder.LITTLE_ENDIAN, 8, 0, 0), "z.npy"))
        .hasMessageContaining("'<c16' is not supported");
    byte[] v9 = npy(1, "<f8", false, "(1,)", ByteOrder.LITTLE_ENDIAN, 8, 1);
    v9[6] = 9;
    assertThatThrownBy(() -> NpyReader.read(v9, "v9.npy")).hasMessageContaining("version 9.0 is not supported");
  }

  @Test
  void readsThePapersOutputsWithTheShapesTheClaimsDocumentLists() {
    Path stage3 = PaperData.resolve("appendix/logs/stage3");
    NpyArray f4 = NpyReader.read(stage3.resolve("T_B/NLSBKdV/pred_results/T_B.npy"));
    assertThat(f4.dtype()).isEqualTo("<f4");
    assertThat(f4.shape()).containsExactly(25, 3, 256);
    assertThat(NpyReader.read(stage3.resolve("T_D/NoKB/pred_results/T_D.npy")).shape()).containsExactly(121, 3, 256);
    assertThat(NpyReader.read(PaperData.resolve("section4/stage2/T_A/PosNeg/pred_results/T_A.npy")).shape())
        .containsExactly(21, 2, 256);
  }

  /** A .npy file made by hand: magic, version, padded header, then the values. */
  private static byte[] npy(int version, String descr, boolean fortran, String shape,
      ByteOrder order, int itemSize, double... values) {
    String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False")
        + ", 'shape': " + shape + ", }";
    int prefix = version == 1 ? 10 : 12;
    int total = prefix + dict.length() + 1;
    int pad = (64 - total % 64) % 64;
    String header = dict + " ".repeat(pad) + "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) version, 0});
    ByteBuffer len = ByteBuffer.allocate(version == 1 ? 2 : 4).order(ByteOrder.LITTLE_ENDIAN);
    if (version == 1) {
      len.putShort((short) header.length());
    } else {
      len.putInt(header.length());
    }
    out.writeBytes(len.array());
    out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
    ByteBuffer data = ByteBuffer.allocate(values.length * itemSize).order(order);
    for (double v : values) {
      char kind = descr.charAt(1);
      switch (itemSize) {
        case 1 -> data.put((byte) (long) v);
        case 2 -> data.putShort((short) (long) v);
        case 4 -> {
          if (kind == 'f') {
            data.putFloat((float) v);
          } else {
            data.putInt((int) (long) v);
          }
        }
        default -> {
          if (kind == 'f') {
            data.putDouble(v);
          } else {
            data.putLong((long) v);
          }
        }
      }
    }
    out.writeBytes(data.array());
    return out.toByteArray();
  }
}
