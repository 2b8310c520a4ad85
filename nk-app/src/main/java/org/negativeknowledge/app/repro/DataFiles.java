package org.negativeknowledge.app.repro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.negativeknowledge.record.NkJson;

/**
 * Reads the paper's data folder by paths relative to it ({@code section3/tasks}), naming files the
 * same way in every message and report. JSON goes through the project's codec ({@link NkJson}).
 */
public final class DataFiles {
  private final Path root;

  /** A reader of the data folder {@code root}. */
  public DataFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The data folder. */
  public Path root() {
    return root;
  }

  /** The path of {@code relative}. */
  public Path path(String relative) {
    return root.resolve(relative);
  }

  /** {@code file} relative to the data folder, with {@code /} separators. */
  public String rel(Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** Whether a regular file exists at {@code relative}. */
  public boolean isFile(String relative) {
    return Files.isRegularFile(path(relative));
  }

  /** Whether a folder exists at {@code relative}. */
  public boolean isDirectory(String relative) {
    return Files.isDirectory(path(relative));
  }

  /** The size in bytes of a file as stored. */
  public long size(String relative) {
    try {
      return Files.size(path(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(relative + ": cannot read its size", e);
    }
  }

  /**
   * The entries of a folder whose names match {@code glob} ({@code task_*.json}), sorted by
   * name; empty when the folder is absent.
   */
  public List<Path> list(String relativeDir, String glob) {
    Path dir = path(relativeDir);
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, glob)) {
      s.forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(relativeDir + ": cannot list the folder", e);
    }
    out.sort(null);
    return out;
  }

  /** The text of a file, decoded as UTF-8 (malformed bytes are an error). */
  public String text(Path file) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ReproException(
          rel(file) + ": not valid UTF-8 (" + e.getMessage()
              + "); the paper's files are UTF-8, restore the file from the release");
    } catch (IOException e) {
      throw new UncheckedIOException(rel(file) + ": cannot read", e);
    }
  }

  /** The JSON object in {@code file}. */
  public ObjectNode object(Path file) {
    JsonNode node = json(file);
    if (!node.isObject()) {
      throw new ReproException(
          rel(file) + ": expected a JSON object, found " + node.getNodeType().name().toLowerCase(
              Locale.ROOT) + "; restore the file from the release");
    }
    return (ObjectNode) node;
  }

  /** The JSON object at {@code relative}, or empty when there is no such file. */
  public Optional<ObjectNode> objectIfPresent(String relative) {
    return isFile(relative) ? Optional.of(object(path(relative))) : Optional.empty();
  }

  /** The JSON array at {@code relative}, or empty when there is no such file. */
  public Optional<ArrayNode> arrayIfPresent(String relative) {
    if (!isFile(relative)) {
      return Optional.empty();
    }
    JsonNode node = json(path(relative));
    if (!node.isArray()) {
      throw new ReproException(
          relative + ": expected a JSON array of objects; restore the file from the release");
    }
    return Optional.of((ArrayNode) node);
  }

  private JsonNode json(Path file) {
    try {
      return NkJson.mapper().readTree(text(file));
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new ReproException(
          rel(file) + ": malformed JSON" + where + " (" + e.getOriginalMessage()
              + "); restore the file from the release",
          e);
    }
  }
}
