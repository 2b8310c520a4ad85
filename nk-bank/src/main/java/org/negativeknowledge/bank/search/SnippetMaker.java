package org.negativeknowledge.bank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.negativeknowledge.bank.entry.BankEntry;

/**
 * Picks the entry text that best matches the query (most distinct query terms, weighted by field)
 * and cuts a window of about {@value #WINDOW} characters around its densest run of matches, with
 * the matched words marked as {@code **word**}.
 */
public final class SnippetMaker {

  /** Target snippet length in characters (before marks and ellipses). */
  public static final int WINDOW = 200;

  private final Analyzer analyzer;

  public SnippetMaker(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The snippet of {@code entry} for these analysed query terms (may be empty). */
  public String snippet(BankEntry entry, Set<String> terms) {
    List<FieldText> texts = EntryTexts.of(entry);
    if (texts.isEmpty()) {
      return "";
    }
    FieldText best = texts.get(0);
    List<int[]> bestSpans = List.of();
    double bestScore = 0;
    if (!terms.isEmpty()) {
      for (FieldText t : texts) {
        Set<String> distinct = new HashSet<>();
        List<int[]> spans = matches(t.text(), terms, distinct);
        double score = distinct.size() * t.field().boost() + 0.01 * spans.size();
        if (score > bestScore) {
          bestScore = score;
          best = t;
          bestSpans = spans;
        }
      }
    }
    return cut(best.text(), bestSpans);
  }

  private List<int[]> matches(String text, Set<String> terms, Set<String> distinct) {
    List<int[]> spans = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("s", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (terms.contains(t)) {
          distinct.add(t);
          spans.add(new int[] {off.startOffset(), off.endOffset()});
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing an entry for its snippet failed", e);
    }
    spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<int[]> merged = new ArrayList<>();
    for (int[] s : spans) {
      if (!merged.isEmpty() && s[0] <= merged.get(merged.size() - 1)[1]) {
        int[] last = merged.get(merged.size() - 1);
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.add(new int[] {s[0], s[1]});
      }
    }
    return merged;
  }

  private static String cut(String text, List<int[]> spans) {
    int from = 0;
    int to = text.length();
    if (text.length() > WINDOW + 40) {
      int bestStart = 0;
      int bestCount = -1;
      for (int i = 0; i < spans.size(); i++) {
        int count = 0;
        for (int j = i; j < spans.size() && spans.get(j)[1] <= spans.get(i)[0] + WINDOW; j++) {
          count++;
        }
        if (count > bestCount) {
          bestCount = count;
          bestStart = spans.get(i)[0];
        }
      }
      from = Math.max(0, bestStart - 30);
      if (from > 0) {
        int space = text.indexOf(' ', from);
        from = space < 0 || space >= bestStart ? from : space + 1;
      }
      to = Math.min(text.length(), from + WINDOW);
      if (to < text.length()) {
        int space = text.lastIndexOf(' ', to);
        to = space > from ? space : to;
      }
    }
    StringBuilder out = new StringBuilder();
    if (from > 0) {
      out.append("…");
    }
    int pos = from;
    for (int[] s : spans) {
      if (s[0] < from || s[1] > to) {
        continue;
      }
      out.append(text, pos, s[0]).append("**").append(text, s[0], s[1]).append("**");
      pos = s[1];
    }
    out.append(text, pos, to);
    if (to < text.length()) {
      out.append("…");
    }
    return out.toString().replaceAll("\\s+", " ").strip();
  }
}
