package org.negativeknowledge.app.loop.internal;

import org.negativeknowledge.app.loop.internal.files.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.negativeknowledge.app.loop.Memory;

/** The memory objects of the conditions, made from attempt folders. */
final class MemoryBuilder {
  private MemoryBuilder() {}

  /** A record file shown whole (its size as stored). */
  static Memory record(Memory.Kind kind, Path file) {
    return Memory.of(kind, List.of(new Memory.Part(file.getFileName().toString(), read(file), size(file))));
  }

  /** A record given as text. */
  static Memory record(Memory.Kind kind, String name, String text) {
    return Memory.of(kind, List.of(Memory.Part.ofText(name, text)));
  }

  /**
   * The raw artifacts of an attempt's folder: its candidate, {@code exec.log} and, when present,
   * {@code eval.log}, each whole (capBytes 0) or cut to its head and tail. Incomplete when the
   * attempt left no candidate (a replayed baseline run keeps none).
   */
  static Memory raw(Path attemptDir, String candidateName, long capBytes) {
    List<Memory.Part> parts = new ArrayList<>();
    for (String name : List.of(candidateName, "exec.log", "eval.log")) {
      Path p = attemptDir.resolve(name);
      if (!Files.isRegularFile(p)) {
        continue;
      }
      long size = size(p);
      if (capBytes > 0 && size > capBytes) {
        String cut = cut(p, capBytes);
        parts.add(Memory.Part.ofText(name, cut));
      } else {
        parts.add(new Memory.Part(name, read(p), size));
      }
    }
    boolean complete = Files.isRegularFile(attemptDir.resolve(candidateName));
    return new Memory(Memory.Kind.RAW_ARTIFACTS, parts, complete);
  }

  /** A consultation's memory block. */
  static Memory bank(String block) {
    return Memory.of(Memory.Kind.BANK, List.of(Memory.Part.ofText("memory block", block)));
  }

  private static String cut(Path p, long cap) {
    try {
      byte[] all = Files.readAllBytes(p);
      int half = (int) (cap / 2);
      String head = new String(all, 0, half, StandardCharsets.UTF_8);
      String tail = new String(all, all.length - half, half, StandardCharsets.UTF_8);
      return head + "\n[... " + String.format(Locale.ROOT, "%,d", all.length - 2L * half) + " bytes left out ...]\n" + tail;
    } catch (IOException e) {
      throw new UncheckedIOException(p + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String read(Path p) {
    return TextFiles.read(p);
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(p + ": cannot read its size: " + e.getMessage(), e);
    }
  }
}
