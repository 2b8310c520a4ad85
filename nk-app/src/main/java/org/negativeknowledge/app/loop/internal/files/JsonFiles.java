package org.negativeknowledge.app.loop.internal.files;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.record.MalformedJsonException;
import org.negativeknowledge.record.NkJson;

/** Reading and writing the JSON files of tasks, recordings and run folders. */
public final class JsonFiles {
  private JsonFiles() {}

  /**
   * Reads one JSON object.
   *
   * @throws LoopException naming the file, line and column when it is not a JSON object or cannot
   *     be read
   */
  public static ObjectNode read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LoopException(file + ": cannot read: " + e.getMessage(), e);
    }
    try {
      return NkJson.parseObject(text);
    } catch (MalformedJsonException e) {
      throw new LoopException(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage()
          + " (the file must hold one JSON object)", e);
    }
  }

  /** Writes {@code node} indented, replacing the file only once it is complete. */
  public static void write(Path file, ObjectNode node) {
    TextFiles.writeAtomically(file, NkJson.pretty(node) + "\n");
  }
}
