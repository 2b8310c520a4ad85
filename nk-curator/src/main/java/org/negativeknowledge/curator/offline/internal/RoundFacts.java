package org.negativeknowledge.curator.offline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negativeknowledge.curator.ArtifactReader;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.signature.FailureSignature;
import org.negativeknowledge.curator.signature.FailureSignatureExtractor;
import org.negativeknowledge.curator.signature.PythonTraceback;
import org.negativeknowledge.curator.signature.TracebackFrame;

/**
 * Everything the offline rules know about one round: its number, its signature and class, what its
 * code calls, and what its reasoning notes say the approach was.
 *
 * @param round the 1-based round number
 * @param signature the failure signature of the round's logs
 * @param roundClass how far the round got
 * @param code the libraries and calls of the round's code
 * @param approach the first sentence of the reasoning notes' approach, when there is one
 * @param failingFrame the innermost frame of the user's code in the traceback, if any
 * @param failingCalls the library calls on the failing source line
 * @param codeStrings the string literals of the code (bounded), where output file names and
 *     column names are spelled
 */
public record RoundFacts(
    int round,
    FailureSignature signature,
    RoundClass roundClass,
    PythonCodeFacts code,
    Optional<String> approach,
    Optional<TracebackFrame> failingFrame,
    List<PythonCodeFacts.LibraryCall> failingCalls,
    List<String> codeStrings) {

  /** Characters of code read (the head and tail of longer files). */
  static final int CODE_BUDGET = 200_000;
  /** Characters of reasoning notes read. */
  static final int REASONING_BUDGET = 60_000;

  /** String literals kept per round. */
  static final int MAX_STRINGS = 2_000;

  private static final Pattern STRING_LITERAL =
      Pattern.compile("(?s)(\"\"\"|''')(.*?)\\1|([\"'])((?:\\\\.|(?!\\3)[^\\\\\\n])*)\\3");
  private static final Pattern APPROACH_HEADING =
      Pattern.compile("(?im)^#{1,4}\\s*(?:approach|method|plan|strategy|design|what i (?:tried|did))\\b.*$");

  public RoundFacts {
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(roundClass, "roundClass");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(approach, "approach");
    Objects.requireNonNull(failingFrame, "failingFrame");
    failingCalls = List.copyOf(failingCalls);
    codeStrings = List.copyOf(codeStrings);
  }

  /** Reads one round's artifacts. */
  public static RoundFacts read(int round, FailureArtifacts artifacts) {
    FailureSignature signature = FailureSignatureExtractor.extract(artifacts);
    String code = ArtifactReader.read(artifacts.code(), CODE_BUDGET).text();
    String reasoning = ArtifactReader.read(artifacts.reasoning(), REASONING_BUDGET).text();
    return of(round, signature, code, reasoning);
  }

  /** Builds the facts from texts already read. */
  public static RoundFacts of(int round, FailureSignature signature, String code, String reasoning) {
    PythonCodeFacts facts = looksLikePython(code) ? PythonCodeFacts.read(code) : PythonCodeFacts.empty();
    Optional<TracebackFrame> frame =
        signature.traceback().flatMap(PythonTraceback::innermostUserFrame);
    List<PythonCodeFacts.LibraryCall> failing = new ArrayList<>();
    frame.flatMap(TracebackFrame::sourceLine).ifPresent(src -> failing.addAll(facts.callsOn(src)));
    return new RoundFacts(
        round, signature, RoundClass.of(signature), facts, approachOf(reasoning), frame, failing,
        looksLikePython(code) ? stringsOf(code) : List.of());
  }

  /** The contents of the code's string literals, in order, at most {@link #MAX_STRINGS}. */
  static List<String> stringsOf(String code) {
    List<String> out = new ArrayList<>();
    Matcher m = STRING_LITERAL.matcher(code);
    while (m.find() && out.size() < MAX_STRINGS) {
      String body = m.group(2) != null ? m.group(2) : m.group(4);
      if (!body.isBlank()) {
        out.add(body.length() > 300 ? body.substring(0, 300) : body);
      }
    }
    return out;
  }

  private static boolean looksLikePython(String code) {
    return code.contains("import ") || code.contains("def ") || code.contains("print(");
  }

  /**
   * The first sentence under an "Approach" (or "Method", "Plan", "Design") heading, else of the
   * first paragraph of prose; a sentence that introduces a list ("Simplest scheme:") takes the list's
   * items with it, as far as a route's length allows.
   */
  static Optional<String> approachOf(String reasoning) {
    if (reasoning == null || reasoning.isBlank()) {
      return Optional.empty();
    }
    String body = reasoning;
    Matcher h = APPROACH_HEADING.matcher(reasoning);
    if (h.find()) {
      body = reasoning.substring(h.end());
    }
    String[] lines = body.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String t = clean(lines[i]);
      if (t == null) {
        continue;
      }
      // a wrapped paragraph continues on the following plain lines
      for (int k = i + 1; k < lines.length && t.length() < 400 && !LIST_ITEM.matcher(lines[k]).find()
          && clean(lines[k]) != null && !LIST_ITEM.matcher(lines[i]).find(); k++) {
        t = t + " " + clean(lines[k]);
        i = k;
      }
      int end = sentenceEnd(t);
      String sentence = end > 0 ? t.substring(0, end + 1) : t;
      if (sentence.length() < 12) {
        continue;
      }
      if (sentence.endsWith(":")) {
        StringBuilder b = new StringBuilder(sentence);
        for (int k = i + 1; k < lines.length && LIST_ITEM.matcher(lines[k]).find() && b.length() < 180; k++) {
          b.append(k == i + 1 ? " " : "; ").append(clean(lines[k]));
        }
        sentence = b.toString();
      }
      return Optional.of(sentence);
    }
    return Optional.empty();
  }

  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*]|\\d+[.)])\\s+\\S");

  /** A line of prose without list markers and emphasis; null for headings, fences, tables, blanks. */
  private static String clean(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.startsWith("#") || t.startsWith("```") || t.startsWith("|")) {
      return null;
    }
    return t.replaceFirst("^(?:[-*]|\\d+[.)])\\s+", "").replace("**", "");
  }

  private static int sentenceEnd(String t) {
    for (int k = 0; k < t.length() - 1; k++) {
      if (t.charAt(k) == '.' && Character.isWhitespace(t.charAt(k + 1)) && k > 20) {
        return k;
      }
    }
    return -1;
  }
}
