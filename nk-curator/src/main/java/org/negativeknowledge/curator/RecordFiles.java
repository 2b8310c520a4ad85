package org.negativeknowledge.curator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.negativeknowledge.curator.internal.Causes;
import org.negativeknowledge.record.NkJson;

/**
 * Writes records and audits so that a reader sees either nothing or the complete file: the bytes go
 * to a temporary file in the target's directory, which is then renamed over the target.
 */
public final class RecordFiles {

  private RecordFiles() {}

  /**
   * Writes {@code record} as pretty JSON (with a final newline) to {@code target} atomically.
   *
   * @throws CuratorException when the directory cannot be created or the file cannot be written;
   *     no partial target is left behind
   */
  public static void writeAtomically(Path target, ObjectNode record) {
    writeAtomically(target, NkJson.pretty(record) + "\n");
  }

  /** Writes {@code text} (UTF-8) to {@code target} atomically; see {@link #writeAtomically(Path, ObjectNode)}. */
  public static void writeAtomically(Path target, String text) {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new CuratorException(target + ": cannot write the file: " + Causes.chain(e), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the original failure is what the caller needs to see
        }
      }
    }
  }
}
