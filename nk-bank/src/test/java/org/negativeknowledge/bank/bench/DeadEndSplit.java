package org.negativeknowledge.bank.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which rows of the judged logs were used to design the dead-end matcher ({@code tuning}) and which
 * were kept apart ({@code frozen}): {@code bench/dead-ends-split.tsv}, lines {@code
 * log<TAB>part<TAB>first_line<TAB>last_line} (inclusive, the log's header is line 1), {@code #}
 * comments. A row belongs to the part holding its own line number.
 *
 * @param ranges the ranges in file order
 */
public record DeadEndSplit(List<Range> ranges) {

  /** The parts a row can be in. */
  public static final List<String> PARTS = List.of("tuning", "frozen");

  /** A range of rows of one log. */
  public record Range(String log, String part, int first, int last) {}

  public DeadEndSplit {
    ranges = List.copyOf(ranges);
  }

  /** @throws IllegalArgumentException naming the line when a line is malformed or ranges overlap */
  public static DeadEndSplit read(Path file) throws IOException {
    List<Range> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String where = file.getFileName() + ":" + (i + 1) + ": ";
      String[] c = l.split("\t");
      if (c.length != 4 || !PARTS.contains(c[1])) {
        throw new IllegalArgumentException(where + "expected log<TAB>tuning|frozen<TAB>first_line<TAB>last_line");
      }
      Range r;
      try {
        r = new Range(c[0], c[1], Integer.parseInt(c[2]), Integer.parseInt(c[3]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + "first_line and last_line must be numbers");
      }
      if (r.first() < 2 || r.last() < r.first()) {
        throw new IllegalArgumentException(where + "a range runs from a row (line 2 or later) to a later or the same row");
      }
      for (Range o : out) {
        if (o.log().equals(r.log()) && r.first() <= o.last() && o.first() <= r.last()) {
          throw new IllegalArgumentException(where + "overlaps " + o.log() + " lines " + o.first() + "-" + o.last());
        }
      }
      out.add(r);
    }
    return new DeadEndSplit(out);
  }

  /** The part of a row, or empty when no range holds it. */
  public Optional<String> partOf(String log, int line) {
    return ranges.stream().filter(r -> r.log().equals(log) && line >= r.first() && line <= r.last())
        .map(Range::part).findFirst();
  }
}
