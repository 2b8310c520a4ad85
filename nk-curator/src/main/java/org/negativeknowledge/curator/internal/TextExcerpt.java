package org.negativeknowledge.curator.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A bounded excerpt of a text: head, tail and every distinct traceback or error block, with a
 * marker line at each cut.
 *
 * @param text the excerpt (the input itself when it fits the budget)
 * @param cutChars characters of the input left out
 */
public record TextExcerpt(String text, int cutChars) {

  private static final Pattern TRACEBACK_START =
      Pattern.compile("^\\s*(Traceback \\(most recent call last\\):|Exception in thread|Caused by:)");
  private static final Pattern ERROR_LINE =
      Pattern.compile(
          "(?i)(\\b\\w*(Error|Exception)\\b\\s*[:(]|\\bfatal\\b|\\bfailed\\b|\\bkilled\\b|"
              + "\\bsegmentation fault\\b|\\bout of memory\\b|^\\s*error\\b|\\bexit_code=[1-9])");

  /** Excerpts {@code input} to about {@code budget} characters (markers come on top). */
  public static TextExcerpt of(String input, int budget) {
    if (input.length() <= budget) {
      return new TextExcerpt(input, 0);
    }
    List<String> lines = splitLines(input, Math.max(200, budget / 4));
    int n = lines.size();
    boolean[] keep = new boolean[n];
    int headBudget = budget * 35 / 100;
    int tailBudget = budget * 35 / 100;
    int used = 0;
    int i = 0;
    while (i < n && used + lines.get(i).length() <= headBudget) {
      keep[i] = true;
      used += lines.get(i).length();
      i++;
    }
    int tailUsed = 0;
    int j = n - 1;
    while (j > i && tailUsed + lines.get(j).length() <= tailBudget) {
      keep[j] = true;
      tailUsed += lines.get(j).length();
      j--;
    }
    int blockBudget = Math.max(budget - used - tailUsed, budget / 5);
    keepErrorBlocks(lines, keep, i, j, blockBudget);
    return render(lines, keep, input.length());
  }

  private static void keepErrorBlocks(List<String> lines, boolean[] keep, int from, int to, int budget) {
    Set<String> seen = new LinkedHashSet<>();
    List<int[]> blocks = new ArrayList<>();
    for (int k = from; k <= to; k++) {
      String line = lines.get(k);
      if (TRACEBACK_START.matcher(line).find()) {
        int end = k + 1;
        while (end <= to && (startsIndented(lines.get(end)) || lines.get(end).isBlank())) {
          end++;
        }
        int last = Math.min(end, to);
        blocks.add(new int[] {k, last});
        k = last;
      } else if (ERROR_LINE.matcher(line).find()) {
        blocks.add(new int[] {Math.max(from, k - 1), Math.min(to, k + 1)});
      }
    }
    int spent = 0;
    for (int[] b : blocks) {
      StringBuilder key = new StringBuilder();
      for (int k = b[0]; k <= b[1]; k++) {
        key.append(lines.get(k).strip()).append('\n');
      }
      if (!seen.add(key.toString())) {
        continue; // an identical block was already kept
      }
      int blockChars = key.length();
      boolean traceback = TRACEBACK_START.matcher(lines.get(b[0])).find();
      if (!traceback && spent + blockChars > budget) {
        continue; // plain error lines are kept while the block budget lasts; tracebacks always
      }
      int cap = Math.max(400, budget / 3);
      keepBlock(lines, keep, b[0], b[1], cap);
      spent += Math.min(blockChars, cap);
    }
  }

  /** Keeps a block whole, or its first and last lines when it exceeds {@code cap}. */
  private static void keepBlock(List<String> lines, boolean[] keep, int a, int b, int cap) {
    int total = 0;
    for (int k = a; k <= b; k++) {
      total += lines.get(k).length();
    }
    if (total <= cap) {
      for (int k = a; k <= b; k++) {
        keep[k] = true;
      }
      return;
    }
    int used = 0;
    int k = a;
    while (k <= b && used + lines.get(k).length() <= cap / 3) {
      keep[k] = true;
      used += lines.get(k).length();
      k++;
    }
    keep[a] = true;
    used = 0;
    int m = b;
    while (m > k && used + lines.get(m).length() <= cap * 2 / 3) {
      keep[m] = true;
      used += lines.get(m).length();
      m--;
    }
    keep[b] = true;
  }

  private static boolean startsIndented(String line) {
    return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
  }

  private static TextExcerpt render(List<String> lines, boolean[] keep, int originalChars) {
    StringBuilder out = new StringBuilder();
    int cutChars = 0;
    int cutLines = 0;
    int totalCut = 0;
    for (int k = 0; k < lines.size(); k++) {
      if (keep[k]) {
        if (cutLines > 0) {
          appendMarker(out, cutChars, cutLines);
          totalCut += cutChars;
          cutChars = 0;
          cutLines = 0;
        }
        out.append(lines.get(k));
      } else {
        cutChars += lines.get(k).length();
        cutLines++;
      }
    }
    if (cutLines > 0) {
      appendMarker(out, cutChars, cutLines);
      totalCut += cutChars;
    }
    int lineCut = originalChars - lines.stream().mapToInt(String::length).sum();
    return new TextExcerpt(out.toString(), totalCut + Math.max(0, lineCut));
  }

  private static void appendMarker(StringBuilder out, int chars, int lines) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    out.append("[... nk excerpt: cut ")
        .append(chars)
        .append(" chars (")
        .append(lines)
        .append(lines == 1 ? " line" : " lines")
        .append(") here ...]\n");
  }

  /**
   * Splits into lines that keep their terminators; a line longer than {@code maxLine} keeps its
   * start and end around an inline marker (minified code, progress bars).
   */
  private static List<String> splitLines(String s, int maxLine) {
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < s.length()) {
      int nl = s.indexOf('\n', start);
      int end = nl < 0 ? s.length() : nl + 1;
      String line = s.substring(start, end);
      if (line.length() > maxLine) {
        int half = maxLine / 2;
        int cut = line.length() - 2 * half;
        line =
            line.substring(0, half)
                + " [... nk excerpt: cut " + cut + " chars of this line ...] "
                + line.substring(line.length() - half);
      }
      out.add(line);
      start = end;
    }
    return out;
  }
}
