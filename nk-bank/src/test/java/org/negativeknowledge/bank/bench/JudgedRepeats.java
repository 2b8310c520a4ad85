package org.negativeknowledge.bank.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The judged repeats of a results log ({@code <name>.repeats.tsv} beside it, format in the runs'
 * PROVENANCE.md): one line per repeating row, {@code line<TAB>earlier_line<TAB>why}, line numbers
 * counting the header of the log as line 1. The judged earlier lines of a row are the
 * {@code earlier_line} column and every line the reason names ({@code "(lines 14, 39)"},
 * {@code "lines 72 and 78"}, {@code "lines 122/127"}) that comes before the row.
 *
 * @param file the judgement file
 * @param repeats the judged rows by line, in file order
 */
public record JudgedRepeats(Path file, Map<Integer, Judged> repeats) {

  /**
   * One judged row.
   *
   * @param line the repeating row's line in the log
   * @param earlierLines the earlier lines it repeats (the column first)
   * @param why the reader's reason
   */
  public record Judged(int line, List<Integer> earlierLines, String why) {}

  private static final Pattern LINES = Pattern.compile("\\blines?\\s+(\\d+(?:\\s*(?:,|/|and|&|or)\\s*\\d+)*)");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  public JudgedRepeats {
    repeats = Collections.unmodifiableMap(new LinkedHashMap<>(repeats));
  }

  /** The judgement file beside {@code log}, if there is one. */
  public static Optional<JudgedRepeats> besideLog(Path log) throws IOException {
    String name = log.getFileName().toString();
    Path file = log.resolveSibling(name.substring(0, name.length() - ".tsv".length()) + ".repeats.tsv");
    return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
  }

  /**
   * Reads a judgement file.
   *
   * @throws IllegalArgumentException naming the file and line when a line is malformed
   */
  public static JudgedRepeats read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<Integer, Judged> out = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      String where = file.getFileName() + ":" + (i + 1) + ": ";
      String[] cols = l.split("\t", 3);
      if (cols.length < 3) {
        throw new IllegalArgumentException(where + "expected line<TAB>earlier_line<TAB>why, got " + cols.length + " column(s)");
      }
      int line = number(cols[0], where + "line");
      int earlier = number(cols[1], where + "earlier_line");
      if (earlier >= line || earlier < 2) {
        throw new IllegalArgumentException(where + "earlier_line " + earlier + " must be a row before line " + line
            + " (the header is line 1)");
      }
      TreeSet<Integer> mentioned = new TreeSet<>();
      Matcher m = LINES.matcher(cols[2]);
      while (m.find()) {
        Matcher n = NUMBER.matcher(m.group(1));
        while (n.find()) {
          int x = Integer.parseInt(n.group());
          if (x >= 2 && x < line) {
            mentioned.add(x);
          }
        }
      }
      List<Integer> earlierLines = new ArrayList<>();
      earlierLines.add(earlier);
      mentioned.stream().filter(x -> x != earlier).forEach(earlierLines::add);
      if (out.putIfAbsent(line, new Judged(line, earlierLines, cols[2].strip())) != null) {
        throw new IllegalArgumentException(where + "line " + line + " is judged twice");
      }
    }
    return new JudgedRepeats(file, out);
  }

  private static int number(String s, String what) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " '" + s + "' is not a line number");
    }
  }
}
