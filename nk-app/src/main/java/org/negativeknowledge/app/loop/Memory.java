package org.negativeknowledge.app.loop;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.negativeknowledge.bank.render.TokenCounter;

/**
 * The memory object an attempt is shown: nothing, a record, raw artifacts, or a consultation's
 * memory block. Its size is what the paper's Table 1 measures: {@link #bytes()} is the sum of the
 * parts' sizes as stored, {@link #tokens()} the cl100k_base tokens of the parts joined by one
 * newline.
 *
 * @param kind what the memory is
 * @param parts its parts in the order shown (one for a record or a memory block; code, execution
 *     log and evaluation log for raw artifacts)
 * @param complete false when a part the condition shows was not there to show (a replayed attempt
 *     recorded without its code): such a memory is shown but not measured in the report
 */
public record Memory(Kind kind, List<Part> parts, boolean complete) {

  /** What an attempt is shown. */
  public enum Kind {
    /** Nothing (first attempts, plain retries). */
    NONE,
    /** The depth-1 record of the last failure. */
    RECORD,
    /** A depth-N record over all failed rounds. */
    DEEP_RECORD,
    /** The code and logs of the last failure. */
    RAW_ARTIFACTS,
    /** The memory block of a bank consultation. */
    BANK;

    /** {@code none}, {@code record}, {@code deep_record}, {@code raw_artifacts} or {@code bank}. */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One part of a memory object.
   *
   * @param name what it is ({@code nk_record.json}, {@code exec.log}, ...)
   * @param text its text
   * @param bytes its size as stored (a file's size; for text made in memory, its UTF-8 length)
   */
  public record Part(String name, String text, long bytes) {
    public Part {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
    }

    /** A part made in memory, sized by its UTF-8 encoding. */
    public static Part ofText(String name, String text) {
      return new Part(name, text, text.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  public Memory {
    Objects.requireNonNull(kind, "kind");
    parts = List.copyOf(parts);
  }

  /** No memory. */
  public static Memory none() {
    return new Memory(Kind.NONE, List.of(), true);
  }

  /** A complete memory of these parts. */
  public static Memory of(Kind kind, List<Part> parts) {
    return new Memory(kind, parts, true);
  }

  /** Whether the attempt is shown anything. */
  public boolean present() {
    return kind != Kind.NONE;
  }

  /** The parts joined by one newline, as measured and shown. */
  public String text() {
    return parts.stream().map(Part::text).collect(Collectors.joining("\n"));
  }

  /** The sum of the parts' sizes, in bytes. */
  public long bytes() {
    return parts.stream().mapToLong(Part::bytes).sum();
  }

  /** The cl100k_base tokens of {@link #text()}. */
  public int tokens() {
    return present() ? TokenCounter.cl100k().count(text()) : 0;
  }
}
