package org.negativeknowledge.validation.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.validation.ValidationIssue;
import org.negativeknowledge.validation.ValidationReport;
import org.negativeknowledge.validation.Validator;
import org.negativeknowledge.validation.stream.internal.BoundedLineReader;
import org.negativeknowledge.validation.stream.internal.RecordDecoder;

/**
 * Validates record sources and hands one {@link RecordResult} per record to a consumer, as the
 * records are read: memory use does not grow with the size of the source.
 *
 * <ul>
 *   <li>a {@code .json} file is one record (a top-level array is not unpacked: it is reported as
 *       a record that is not an object; keep several records in a {@code .jsonl} file);
 *   <li>a {@code .jsonl} (or {@code .ndjson}) file holds one record per non-blank line;
 *   <li>a directory is searched recursively for both kinds, in sorted path order, skipping
 *       entries whose name starts with a dot;
 *   <li>{@code -} is a JSONL stream on the given input stream.
 * </ul>
 *
 * <p>Bad input never stops a run: a malformed line, invalid UTF-8, a string, line or file beyond
 * the {@link SourceLimits}, or nesting beyond them becomes an invalid result for that record and
 * reading continues with the next one. A path that cannot be read is recorded in {@link
 * SourceSummary#unreadable()}; nothing is thrown for bad input or read failures. Exceptions
 * thrown by the consumer propagate unchanged.
 *
 * <pre>{@code
 * RecordSourceValidator sources = RecordSourceValidator.of(
 *     Validator.of(TaxonomyProfile.core(), ValidationLevel.REFERENCE), ShapeMode.AUTO, DepthMode.auto());
 * SourceSummary summary = sources.validatePath(Path.of("records/"), r -> System.out.println(r));
 * }</pre>
 *
 * <p>Immutable and thread-safe; each call uses its own buffers.
 */
public final class RecordSourceValidator {
  private final Validator validator;
  private final ShapeMode shapeMode;
  private final DepthMode depthMode;
  private final SourceLimits limits;
  private final ObjectMapper mapper;

  private RecordSourceValidator(
      Validator validator, ShapeMode shapeMode, DepthMode depthMode, SourceLimits limits) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.shapeMode = Objects.requireNonNull(shapeMode, "shapeMode");
    this.depthMode = Objects.requireNonNull(depthMode, "depthMode");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.mapper = RecordDecoder.constrainedCopy(NkJson.mapper(), limits);
  }

  /** Shape and depth taken from each record, default limits. */
  public static RecordSourceValidator of(Validator validator) {
    return of(validator, ShapeMode.AUTO, DepthMode.auto());
  }

  /** The given shape and depth modes, default limits. */
  public static RecordSourceValidator of(Validator validator, ShapeMode shape, DepthMode depth) {
    return new RecordSourceValidator(validator, shape, depth, SourceLimits.DEFAULT);
  }

  /** A copy with other limits. */
  public RecordSourceValidator withLimits(SourceLimits newLimits) {
    return new RecordSourceValidator(validator, shapeMode, depthMode, newLimits);
  }

  /** The limits in force. */
  public SourceLimits limits() {
    return limits;
  }

  /**
   * Validates a command-line argument: {@code -} reads JSONL from {@code stdin}, anything else is
   * a path (see {@link #validatePath}).
   */
  public SourceSummary validate(String pathOrDash, InputStream stdin, Consumer<RecordResult> sink) {
    if ("-".equals(pathOrDash)) {
      return validateJsonl(stdin, "-", sink);
    }
    return validatePath(Path.of(pathOrDash), sink);
  }

  /** Validates a {@code .json} file, a {@code .jsonl}/{@code .ndjson} file or a directory. */
  public SourceSummary validatePath(Path path, Consumer<RecordResult> sink) {
    Tally tally = new Tally(sink);
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(p -> !hiddenBelow(path, p))
            .filter(p -> kindOf(p) != Kind.OTHER && Files.isRegularFile(p))
            .sorted()
            .toList();
      } catch (IOException | UncheckedIOException e) {
        tally.unreadable.add(path + ": cannot list the directory: " + reason(e));
        return tally.summary();
      }
      for (Path file : files) {
        readFile(file, kindOf(file), tally);
      }
      return tally.summary();
    }
    if (!Files.exists(path)) {
      tally.unreadable.add(path + ": no such file or directory");
      return tally.summary();
    }
    Kind kind = kindOf(path);
    if (kind == Kind.OTHER) {
      tally.unreadable.add(path + ": not a .json, .jsonl or .ndjson file: rename it, or pipe it in as JSONL with -");
      return tally.summary();
    }
    readFile(path, kind, tally);
    return tally.summary();
  }

  /** Validates a JSONL stream (one record per non-blank line); {@code name} prefixes the sources. */
  public SourceSummary validateJsonl(InputStream in, String name, Consumer<RecordResult> sink) {
    Tally tally = new Tally(sink);
    readStream(in, name, true, tally);
    return tally.summary();
  }

  /** Validates a stream holding one JSON record; {@code name} is its source. */
  public SourceSummary validateJson(InputStream in, String name, Consumer<RecordResult> sink) {
    Tally tally = new Tally(sink);
    readStream(in, name, false, tally);
    return tally.summary();
  }

  /**
   * Checks one parsed record as the modes say, reporting it under {@code source}. Never throws on
   * bad input.
   */
  public RecordResult check(String source, JsonNode record) {
    RecordShape shape;
    int depth;
    if (shapeMode == ShapeMode.KNOWLEDGE
        || (shapeMode == ShapeMode.AUTO && RecordShape.detect(record) == RecordShape.KNOWLEDGE)) {
      shape = RecordShape.KNOWLEDGE;
      depth = 0;
    } else {
      depth = depthMode.isAuto() ? RecordShape.inferDepth(record) : depthMode.depth();
      shape = depth >= 2 ? RecordShape.DEEP : RecordShape.DEPTH1;
    }
    return new RecordResult(source, shape, depth, validator.validate(record, shape, depth));
  }

  private RecordResult unparsable(String source, ValidationIssue issue) {
    RecordShape shape;
    int depth;
    if (shapeMode == ShapeMode.KNOWLEDGE) {
      shape = RecordShape.KNOWLEDGE;
      depth = 0;
    } else {
      depth = depthMode.isAuto() ? 1 : depthMode.depth();
      shape = depth >= 2 ? RecordShape.DEEP : RecordShape.DEPTH1;
    }
    return new RecordResult(source, shape, depth, ValidationReport.of(List.of(issue)));
  }

  private void readFile(Path file, Kind kind, Tally tally) {
    try (InputStream in = Files.newInputStream(file)) {
      readStream(in, file.toString(), kind == Kind.JSONL, tally);
    } catch (IOException e) {
      tally.unreadable.add(file + ": cannot read: " + reason(e));
    }
  }

  private void readStream(InputStream in, String name, boolean jsonl, Tally tally) {
    BoundedLineReader lines = new BoundedLineReader(in, limits.maxRecordBytes(), jsonl);
    RecordDecoder decoder = RecordDecoder.of(mapper, limits);
    String prefix = name + ":";
    try {
      while (lines.next()) {
        if (jsonl && lines.isBlank()) {
          continue;
        }
        long line = lines.lineNumber();
        String source = jsonl ? prefix + line : name;
        if (lines.tooLong()) {
          tally.accept(unparsable(source, decoder.tooLongRecord(jsonl, line, lines.totalLength())));
          continue;
        }
        JsonNode node = decoder.decode(lines.bytes(), lines.length(), jsonl, line);
        tally.accept(node == null ? unparsable(source, decoder.issue()) : check(source, node));
      }
    } catch (IOException e) {
      tally.unreadable.add(name + ": read failed after line " + lines.lineNumber() + ": " + reason(e));
    }
  }

  private static boolean hiddenBelow(Path root, Path p) {
    Path rel = root.relativize(p);
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String reason(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (t instanceof NoSuchFileException) {
      return "no such file";
    }
    if (t instanceof java.nio.file.AccessDeniedException) {
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

  /** Counts results on their way to the consumer. */
  private static final class Tally {
    private final Consumer<RecordResult> sink;
    private final List<String> unreadable = new ArrayList<>();
    private long records;
    private long valid;

    Tally(Consumer<RecordResult> sink) {
      this.sink = Objects.requireNonNull(sink, "sink");
    }

    void accept(RecordResult r) {
      records++;
      if (r.valid()) {
        valid++;
      }
      sink.accept(r);
    }

    SourceSummary summary() {
      return new SourceSummary(records, valid, records - valid, unreadable);
    }
  }
}
