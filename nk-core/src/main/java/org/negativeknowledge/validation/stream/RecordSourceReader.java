package org.negativeknowledge.validation.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.validation.IssueCodes;
import org.negativeknowledge.validation.ValidationIssue;

/**
 * The one way the project reads record files: {@code nk validate} ({@link RecordSourceValidator})
 * and {@code nk bank import} both read through it, so a file means the same to both. One {@link
 * SourceRecord} per record is handed to a consumer as it is read, in memory that does not grow
 * with the file.
 *
 * <ul>
 *   <li>A {@code .json} file is exactly one record, a JSON object. An array, two objects, an empty
 *       or blank file (a lone carriage return included) are each one record with a problem: put
 *       several records in a {@code .jsonl} file.
 *   <li>A {@code .jsonl} or {@code .ndjson} file holds one record per line. Lines end with a line
 *       feed; a carriage return before it is ignored, a carriage return alone does not end a line.
 *       Blank lines are not records. An empty file holds no record.
 *   <li>A UTF-8 byte order mark at the start of a file is skipped. Bytes that are not UTF-8, a
 *       key twice in one object, a lone surrogate escape, a value that is not an object, a record
 *       or string beyond the {@link SourceLimits} or nesting beyond them make the record a
 *       problem (with its line), and reading goes on with the next record.
 *   <li>A directory stands for every {@code .json}, {@code .jsonl} and {@code .ndjson} file below
 *       it, in sorted path order; names starting with a dot (files and folders) are skipped, as
 *       are files with other extensions. A path named explicitly is read even if its name starts
 *       with a dot.
 *   <li>A path that does not exist, a named file with another extension, a FIFO, device or
 *       socket, and a read failure are not records: they throw {@link RecordSourceException}
 *       naming the path.
 * </ul>
 *
 * <p>Immutable and thread-safe; each call uses its own buffers.
 */
public final class RecordSourceReader {
  private static final RecordSourceReader STANDARD = new RecordSourceReader(SourceLimits.DEFAULT);

  private final SourceLimits limits;
  private final ObjectMapper mapper;

  private RecordSourceReader(SourceLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.mapper = RecordDecoder.constrainedCopy(NkJson.mapper(), limits);
  }

  /** A reader with the default limits. */
  public static RecordSourceReader standard() {
    return STANDARD;
  }

  /** A reader with these limits. */
  public static RecordSourceReader of(SourceLimits limits) {
    return limits.equals(SourceLimits.DEFAULT) ? STANDARD : new RecordSourceReader(limits);
  }

  /** The limits in force. */
  public SourceLimits limits() {
    return limits;
  }

  /**
   * Checks that a path given by a user names something to read: an existing directory, or an
   * existing file whose name ends in {@code .json}, {@code .jsonl} or {@code .ndjson}.
   *
   * @throws RecordSourceException {@code no such file: PATH}, or naming the extension expected
   */
  public static void requireSource(Path path) {
    if (!Files.exists(path)) {
      throw new RecordSourceException("no such file: " + path);
    }
    if (!Files.isDirectory(path) && kindOf(path) == Kind.OTHER) {
      throw new RecordSourceException(
          path + ": not a .json, .jsonl or .ndjson file: rename it (.json for one record, .jsonl for"
              + " one record per line)");
    }
  }

  /**
   * The record files a path stands for: the file itself, or the record files below a directory
   * (sorted, hidden names skipped).
   *
   * @throws RecordSourceException when {@link #requireSource} fails or a directory cannot be listed
   */
  public static List<Path> files(Path path) {
    requireSource(path);
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(p -> !hiddenBelow(path, p))
          .filter(p -> kindOf(p) != Kind.OTHER && !Files.isDirectory(p))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new RecordSourceException(path + ": cannot list the directory: " + reason(e), e);
    }
  }

  /**
   * Reads every record of one file (as {@link #files} gives) into {@code sink}.
   *
   * @throws RecordSourceException when the file is not a regular file or cannot be read; records
   *     read before a failure have been handed on
   */
  public void read(Path file, Consumer<SourceRecord> sink) {
    Kind kind = kindOf(file);
    if (kind == Kind.OTHER) {
      requireSource(file);
    }
    if (!Files.isRegularFile(file)) {
      throw new RecordSourceException(Files.exists(file)
          ? file + ": not a regular file (a FIFO, device or socket): give a file, or pipe the records in"
          : "no such file: " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      readStream(in, file.toString(), kind == Kind.JSONL, sink);
    } catch (IOException e) {
      throw new RecordSourceException(file + ": cannot read: " + reason(e), e);
    }
  }

  /**
   * Reads a JSONL stream; {@code name} is the file part of each record's source.
   *
   * @throws RecordSourceException when the stream fails
   */
  public void readJsonl(InputStream in, String name, Consumer<SourceRecord> sink) {
    readStream(in, name, true, sink);
  }

  /**
   * Reads a stream holding one JSON record.
   *
   * @throws RecordSourceException when the stream fails
   */
  public void readJson(InputStream in, String name, Consumer<SourceRecord> sink) {
    readStream(in, name, false, sink);
  }

  private void readStream(InputStream in, String name, boolean jsonl, Consumer<SourceRecord> sink) {
    BoundedLineReader lines = new BoundedLineReader(in, limits.maxRecordBytes(), jsonl);
    RecordDecoder decoder = RecordDecoder.of(mapper, limits);
    while (nextOrFail(lines, name)) {
      if (jsonl && lines.isBlank()) {
        continue;
      }
      long line = lines.lineNumber();
      if (lines.tooLong()) {
        sink.accept(problem(name, line, jsonl, decoder.tooLongRecord(jsonl, line, lines.totalLength())));
        continue;
      }
      JsonNode node = decoder.decode(lines.bytes(), lines.length(), jsonl, line);
      if (node == null) {
        sink.accept(problem(name, line, jsonl, decoder.issue()));
      } else if (node instanceof ObjectNode object) {
        sink.accept(new SourceRecord(name, line, jsonl, object, null));
      } else {
        sink.accept(problem(name, line, jsonl, notAnObject(node, jsonl)));
      }
    }
  }

  private static boolean nextOrFail(BoundedLineReader lines, String name) {
    try {
      return lines.next();
    } catch (IOException e) {
      throw new RecordSourceException(
          name + ": read failed after line " + lines.lineNumber() + ": " + reason(e), e);
    }
  }

  private static SourceRecord problem(String name, long line, boolean jsonl, ValidationIssue issue) {
    return new SourceRecord(name, line, jsonl, null, issue);
  }

  private static ValidationIssue notAnObject(JsonNode node, boolean jsonl) {
    String found = node.getNodeType().name().toLowerCase(Locale.ROOT);
    String fix = jsonl
        ? "each line holds one record, a JSON object"
        : node.isArray()
            ? "a .json file holds one record; put several in a .jsonl file, one object per line"
                + " (jq -c '.[]' FILE.json > FILE.jsonl)"
            : "a .json file holds one record, a JSON object";
    return new ValidationIssue("", IssueCodes.WRONG_TYPE, "a record must be a JSON object, found " + found + ": " + fix);
  }

  private static boolean hiddenBelow(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static String reason(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (t instanceof NoSuchFileException) {
      return "no such file";
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied";
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  /** The kind of file a path names, by its extension. */
  enum Kind {
    JSON,
    JSONL,
    OTHER
  }

  static Kind kindOf(Path p) {
    Path fileName = p.getFileName();
    String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Kind.JSONL;
    }
    return name.endsWith(".json") ? Kind.JSON : Kind.OTHER;
  }
}
