package org.negativeknowledge.validation.stream;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.validation.ValidationIssue;
import org.negativeknowledge.validation.ValidationReport;
import org.negativeknowledge.validation.Validator;

/**
 * Validates record sources and hands one {@link RecordResult} per record to a consumer, as the
 * records are read: memory use does not grow with the size of the source. Sources are read by
 * {@link RecordSourceReader}, whose rules (one object per {@code .json} file, one per line of a
 * {@code .jsonl} file, directories searched recursively without hidden names, {@code -} for a
 * JSONL stream) are the same ones {@code nk bank import} follows.
 *
 * <p>Bad input never stops a run: a malformed line, invalid UTF-8, a duplicate key, a lone
 * surrogate, a string, line or file beyond the {@link SourceLimits}, or nesting beyond them
 * becomes an invalid result for that record and reading continues with the next one. A path that
 * cannot be read (missing, of another kind, a FIFO, a read failure) is recorded in {@link
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
  private final RecordSourceReader reader;

  private RecordSourceValidator(
      Validator validator, ShapeMode shapeMode, DepthMode depthMode, SourceLimits limits) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.shapeMode = Objects.requireNonNull(shapeMode, "shapeMode");
    this.depthMode = Objects.requireNonNull(depthMode, "depthMode");
    this.reader = RecordSourceReader.of(Objects.requireNonNull(limits, "limits"));
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
    return reader.limits();
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
    List<Path> files;
    try {
      files = RecordSourceReader.files(path);
    } catch (RecordSourceException e) {
      tally.unreadable.add(e.getMessage());
      return tally.summary();
    }
    for (Path file : files) {
      try {
        reader.read(file, r -> tally.accept(result(r)));
      } catch (RecordSourceException e) {
        tally.unreadable.add(e.getMessage());
      }
    }
    return tally.summary();
  }

  /** Validates a JSONL stream (one record per non-blank line); {@code name} prefixes the sources. */
  public SourceSummary validateJsonl(InputStream in, String name, Consumer<RecordResult> sink) {
    Tally tally = new Tally(sink);
    try {
      reader.readJsonl(in, name, r -> tally.accept(result(r)));
    } catch (RecordSourceException e) {
      tally.unreadable.add(e.getMessage());
    }
    return tally.summary();
  }

  /** Validates a stream holding one JSON record; {@code name} is its source. */
  public SourceSummary validateJson(InputStream in, String name, Consumer<RecordResult> sink) {
    Tally tally = new Tally(sink);
    try {
      reader.readJson(in, name, r -> tally.accept(result(r)));
    } catch (RecordSourceException e) {
      tally.unreadable.add(e.getMessage());
    }
    return tally.summary();
  }

  /** The result of one record as read: its problem, or its validation as the modes say. */
  public RecordResult result(SourceRecord r) {
    return r.problem() != null ? unparsable(r.source(), r.problem()) : check(r.source(), r.record());
  }

  /**
   * Checks one parsed record as the modes say, reporting it under {@code source}. Never throws on
   * bad input. A knowledge entry reports the depth a bank stores for it ({@link
   * RecordShape#inferDepth}: 1 unless it carries an integer depth of 2 or more).
   */
  public RecordResult check(String source, JsonNode record) {
    RecordShape shape;
    int depth;
    if (shapeMode == ShapeMode.KNOWLEDGE
        || (shapeMode == ShapeMode.AUTO && RecordShape.detect(record) == RecordShape.KNOWLEDGE)) {
      shape = RecordShape.KNOWLEDGE;
      depth = RecordShape.inferDepth(record);
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
      depth = 1;
    } else {
      depth = depthMode.isAuto() ? 1 : depthMode.depth();
      shape = depth >= 2 ? RecordShape.DEEP : RecordShape.DEPTH1;
    }
    return new RecordResult(source, shape, depth, ValidationReport.of(List.of(issue)));
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
