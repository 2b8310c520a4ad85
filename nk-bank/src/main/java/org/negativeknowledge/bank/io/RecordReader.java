package org.negativeknowledge.bank.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.negativeknowledge.record.NkJson;

/**
 * Reads records from JSON and JSONL files and folders, streaming, with the line each value
 * starts on.
 *
 * <ul>
 *   <li>{@code .jsonl} / {@code .ndjson}: one value per line; blank lines are skipped (they are
 *       not records and are counted nowhere).
 *   <li>any other file: JSON, either one object, an array of objects, or several objects one after
 *       the other.
 *   <li>a folder: every {@code .json}, {@code .jsonl} and {@code .ndjson} file below it, in path
 *       order; other files are ignored.
 * </ul>
 *
 * A value that is not an object, or text that is not JSON, is handed on with a problem naming the
 * column; a malformed {@code .json} file yields one problem and no further values.
 */
public final class RecordReader {
  private static final ObjectMapper MAPPER = NkJson.mapper();

  private RecordReader() {}

  /** The files {@code inputs} stand for: files as given, folders expanded recursively. */
  public static List<Path> expand(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile).filter(RecordReader::isRecordFile).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else {
        throw new NoSuchFileException(input.toString(), null, "no such file or folder");
      }
    }
    return files;
  }

  /** Reads every value of {@code file} into {@code sink}. */
  public static void read(Path file, Consumer<SourcedRecord> sink) throws IOException {
    if (isLineFile(file)) {
      readLines(file, sink);
    } else {
      readJson(file, sink);
    }
  }

  private static boolean isRecordFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || isLineFile(p);
  }

  private static boolean isLineFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  private static void readLines(Path file, Consumer<SourcedRecord> sink) throws IOException {
    String name = file.toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long lineNo = 0;
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        sink.accept(parseLine(name, lineNo, line));
      }
    }
  }

  private static SourcedRecord parseLine(String name, long lineNo, String line) throws IOException {
    try (JsonParser p = MAPPER.createParser(line)) {
      JsonNode node = MAPPER.readTree(p);
      JsonToken extra = p.nextToken();
      if (extra != null) {
        return new SourcedRecord(
            name, lineNo, null,
            "malformed JSON at column " + p.currentLocation().getColumnNr()
                + ": extra content after the JSON value (JSONL holds one value per line)");
      }
      if (!node.isObject()) {
        return new SourcedRecord(name, lineNo, null, "expected a JSON object, found " + kind(node));
      }
      return new SourcedRecord(name, lineNo, (ObjectNode) node, null);
    } catch (JsonProcessingException e) {
      return new SourcedRecord(name, lineNo, null, malformed(e, false));
    }
  }

  private static void readJson(Path file, Consumer<SourcedRecord> sink) throws IOException {
    String name = file.toString();
    long line = 1;
    try (JsonParser p = MAPPER.createParser(file.toFile())) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_ARRAY) {
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
              sink.accept(new SourcedRecord(name, line, null, "malformed JSON: the array is not closed"));
              return;
            }
            line = p.currentTokenLocation().getLineNr();
            sink.accept(value(name, line, MAPPER.readTree(p)));
          }
        } else {
          sink.accept(value(name, line, MAPPER.readTree(p)));
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      long at = loc == null ? line : Math.max(1, loc.getLineNr());
      sink.accept(new SourcedRecord(name, at, null, malformed(e, true)));
    }
  }

  private static SourcedRecord value(String name, long line, JsonNode node) {
    if (node != null && node.isObject()) {
      return new SourcedRecord(name, line, (ObjectNode) node, null);
    }
    return new SourcedRecord(name, line, null, "expected a JSON object, found " + kind(node));
  }

  private static String malformed(JsonProcessingException e, boolean withLine) {
    JsonLocation loc = e.getLocation();
    String where =
        loc == null
            ? ""
            : withLine
                ? " at line " + loc.getLineNr() + ", column " + loc.getColumnNr()
                : " at column " + loc.getColumnNr();
    return "malformed JSON" + where + ": " + e.getOriginalMessage();
  }

  private static String kind(JsonNode node) {
    return node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
