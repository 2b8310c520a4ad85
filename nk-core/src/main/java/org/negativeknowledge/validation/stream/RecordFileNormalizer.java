package org.negativeknowledge.validation.stream;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.function.Consumer;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.AliasNormalizer;
import org.negativeknowledge.taxonomy.NormalizationResult;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.ValidationIssue;

/**
 * Writes a normalised copy of a record file: every facet value that is a known alias in the
 * profile is replaced by its canonical value ({@link AliasNormalizer}), and each replacement is
 * reported. A {@code .json} file is written as indented JSON, a {@code .jsonl}/{@code .ndjson}
 * file as one compact line per record (blank lines dropped). Everything else in a record (unknown
 * fields, field order, exact numbers) is kept.
 *
 * <p>A record that cannot be parsed (or is not an object) stops the run with a {@link
 * RecordSourceException} naming its line: normalisation repairs known drift, not broken files.
 * Files are written to a temporary file next to the target and renamed over it, so a failed run
 * never leaves a half-written file. Immutable and thread-safe.
 */
public final class RecordFileNormalizer {
  private final AliasNormalizer normalizer;
  private final RecordSourceReader reader = RecordSourceReader.standard();

  private RecordFileNormalizer(TaxonomyProfile profile) {
    this.normalizer = AliasNormalizer.of(Objects.requireNonNull(profile, "profile"));
  }

  /** A normalizer using this profile's aliases. */
  public static RecordFileNormalizer of(TaxonomyProfile profile) {
    return new RecordFileNormalizer(profile);
  }

  /**
   * Normalises {@code input} into {@code output} (which may be the same file, for an in-place
   * update), atomically.
   *
   * @param changes receives each replacement as it is found
   * @throws RecordSourceException when the input cannot be read or parsed, or the output cannot
   *     be written; the output is then left as it was
   */
  public NormalizationSummary normalizeToFile(Path input, Path output, Consumer<FileChange> changes) {
    Path target = output.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    } catch (IOException e) {
      throw new RecordSourceException(output + ": cannot create a temporary file in " + dir + ": " + e.getMessage(), e);
    }
    try {
      NormalizationSummary summary;
      try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
        summary = normalize(input, w, changes);
      }
      move(tmp, target);
      return summary;
    } catch (IOException e) {
      throw new RecordSourceException(output + ": cannot write: " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // best effort: the temporary file is hidden and named after the target
      }
    }
  }

  /**
   * Normalises {@code input} onto a writer (for standard output). The writer is flushed, not
   * closed. On a parse error the records before it have already been written.
   *
   * @throws RecordSourceException when the input cannot be read or parsed
   */
  public NormalizationSummary normalize(Path input, Writer out, Consumer<FileChange> changes) {
    RecordSourceReader.requireSource(input);
    if (Files.isDirectory(input)) {
      throw new RecordSourceException(input + ": a directory: normalise one file at a time");
    }
    boolean jsonl = RecordSourceReader.kindOf(input) == RecordSourceReader.Kind.JSONL;
    long[] counts = new long[2]; // records, changes
    try {
      reader.read(input, r -> {
        if (r.problem() != null) {
          throw failure(r.source(), r.problem());
        }
        NormalizationResult result = normalizer.normalize(r.record());
        result.changes().forEach(c -> changes.accept(new FileChange(r.source(), c)));
        counts[1] += result.changes().size();
        write(out, jsonl ? NkJson.compact(result.record()) : NkJson.pretty(result.record()));
        counts[0]++;
      });
      out.flush();
    } catch (UncheckedIOException e) {
      throw new RecordSourceException("cannot write the normalised records: " + e.getCause().getMessage(), e);
    } catch (IOException e) {
      throw new RecordSourceException("cannot write the normalised records: " + e.getMessage(), e);
    }
    return new NormalizationSummary(counts[0], counts[1]);
  }

  private static void write(Writer out, String text) {
    try {
      out.write(text);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RecordSourceException failure(String source, ValidationIssue issue) {
    return new RecordSourceException(
        source + ": " + issue.message() + " [" + issue.code() + "]: fix it first; normalisation stopped");
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
