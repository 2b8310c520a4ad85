package org.negativeknowledge.bank.route;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of experiment changes, read from {@code route-vocabulary.tsv} (its header documents
 * the format): which words and phrases name settings, techniques and generic heads, and which
 * structure a change (verbs, prepositions, directions). Immutable and thread-safe.
 */
public final class Vocabulary {
  /** The built-in table's resource name, beside the {@code route} package. */
  public static final String RESOURCE = "/org/negativeknowledge/bank/route/route-vocabulary.tsv";

  private static final class Standard {
    static final Vocabulary INSTANCE = load();
  }

  /** A table entry: what a phrase does and the name it is read as. */
  record Entry(WordKind kind, String canonical) {}

  private final Map<List<String>, Entry> phrases;
  private final Set<String> named;
  private final Set<String> terms;
  private final Set<String> roles;
  private final int longestPhrase;
  private final Set<String> off;
  private final Set<String> whole;
  private final Set<String> changeLabels;
  private final Set<String> outcomeLabels;
  private final Lexer lexer;

  private Vocabulary(Map<List<String>, Entry> phrases, Set<String> off, Set<String> whole, Set<String> changeLabels,
      Set<String> outcomeLabels) {
    this.whole = Set.copyOf(whole);
    this.phrases = Map.copyOf(phrases);
    this.named = phrases.values().stream()
        .filter(e -> e.kind() == WordKind.PARAM || e.kind() == WordKind.TERM)
        .map(Entry::canonical)
        .collect(Collectors.toUnmodifiableSet());
    this.terms = phrases.values().stream().filter(e -> e.kind() == WordKind.TERM).map(Entry::canonical)
        .collect(Collectors.toUnmodifiableSet());
    this.roles = phrases.values().stream().filter(e -> e.kind() == WordKind.ROLE).map(Entry::canonical)
        .collect(Collectors.toUnmodifiableSet());
    this.longestPhrase = phrases.keySet().stream().mapToInt(List::size).max().orElse(1);
    this.off = Set.copyOf(off);
    this.changeLabels = Set.copyOf(changeLabels);
    this.outcomeLabels = Set.copyOf(outcomeLabels);
    this.lexer = new Lexer(w -> {
      Entry e = this.phrases.get(List.of(w));
      return e != null && e.kind() == WordKind.PARAM;
    }, w -> this.phrases.containsKey(List.of(w)));
  }

  /** The built-in table. */
  public static Vocabulary standard() {
    return Standard.INSTANCE;
  }

  private static Vocabulary load() {
    try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the route vocabulary " + RESOURCE + " is missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), "route-vocabulary.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads a table in the format of {@code route-vocabulary.tsv}.
   *
   * @param source the name used in error messages
   * @throws IllegalArgumentException naming the line when a line is malformed or a phrase is given
   *     two meanings
   */
  public static Vocabulary parse(List<String> lines, String source) {
    Lexer plain = new Lexer(w -> false, w -> false);
    Map<List<String>, Entry> phrases = new HashMap<>();
    Map<List<String>, Integer> firstLine = new HashMap<>();
    Set<String> off = new HashSet<>();
    Set<String> whole = new HashSet<>();
    Set<String> changeLabels = new HashSet<>();
    Set<String> outcomeLabels = new HashSet<>();
    Map<String, Integer> movedLines = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = source + ":" + (i + 1) + ": ";
      String[] cols = line.split("\t", -1);
      if (cols.length < 2 || cols.length > 3) {
        throw new IllegalArgumentException(where + "expected KIND<TAB>CANONICAL<TAB>ALIASES, got " + cols.length
            + " column(s); separate the columns with one tab");
      }
      String kind = cols[0].strip();
      String canonical = cols[1].strip();
      List<String> aliases = cols.length == 3 ? splitAliases(cols[2]) : List.of();
      switch (kind) {
        case "off" -> off.add(canonical);
        case "whole" -> whole.add(canonical);
        case "section-change" -> aliases.forEach(a -> changeLabels.add(a.toLowerCase(Locale.ROOT)));
        case "section-outcome" -> aliases.forEach(a -> outcomeLabels.add(a.toLowerCase(Locale.ROOT)));
        default -> {
          boolean form = kind.equals("form");
          WordKind k = form ? WordKind.CONTENT : WordKind.ofTableKind(kind);
          if (k == null) {
            throw new IllegalArgumentException(where + "unknown kind '" + kind
                + "'; use param, term, off, whole, role, form, stop, outcome, prep, with, split, add, remove, replace, up, down,"
                + " cut, section-change or section-outcome");
          }
          boolean named = k == WordKind.PARAM || k == WordKind.TERM || k == WordKind.ROLE;
          List<String> base = plain.lex(canonical).stream().filter(Token::isWord).map(Token::norm).toList();
          if (form && base.size() != 1) {
            throw new IllegalArgumentException(where + "a form line needs the one word its forms are read as in its second column");
          }
          boolean moves = (k == WordKind.UP || k == WordKind.DOWN) && !canonical.isEmpty() && !canonical.equals("-");
          if (moves) {
            movedLines.put(canonical, i + 1);
          }
          if (named && (canonical.isEmpty() || canonical.equals("-"))) {
            throw new IllegalArgumentException(where + "a " + kind + " line needs a canonical name in its second column");
          }
          if (aliases.isEmpty()) {
            throw new IllegalArgumentException(where + "no aliases; list the words of this entry in the third column");
          }
          for (String alias : aliases) {
            List<Token> lexed = plain.lex(alias);
            List<String> words = lexed.stream().filter(Token::isWord).map(Token::norm).toList();
            if (words.isEmpty()) {
              throw new IllegalArgumentException(where + "alias '" + alias + "' has no words");
            }
            if (words.size() != lexed.size()) {
              throw new IllegalArgumentException(where + "alias '" + alias + "' holds a number or a sign, which a row"
                  + " would read apart from its words; write it in words only or leave it out");
            }
            Entry e = new Entry(k, named || moves ? canonical : form ? base.get(0) : String.join(" ", words));
            Entry before = phrases.putIfAbsent(words, e);
            if (before != null && !before.equals(e)) {
              throw new IllegalArgumentException(where + "'" + alias + "' is already a " + before.kind().name().toLowerCase(Locale.ROOT)
                  + " (" + before.canonical() + ") at line " + firstLine.get(words) + "; give each phrase one meaning");
            }
            firstLine.putIfAbsent(words, i + 1);
          }
        }
      }
    }
    movedLines.forEach((param, line) -> {
      boolean known = phrases.values().stream().anyMatch(e -> e.canonical().equals(param) && e.kind() == WordKind.PARAM);
      if (!known) {
        throw new IllegalArgumentException(source + ":" + line + ": '" + param + "' names no param of the table; an up or down"
            + " line names the param its words move, or '-'");
      }
    });
    for (String o : off) {
      boolean known = phrases.values().stream().anyMatch(e -> e.canonical().equals(o) && e.kind() != WordKind.ROLE);
      if (!known) {
        throw new IllegalArgumentException(source + ": off entry '" + o + "' names no param or term of the table");
      }
    }
    for (String w : whole) {
      boolean role = phrases.values().stream().anyMatch(e -> e.canonical().equals(w) && e.kind() == WordKind.ROLE);
      if (!role) {
        throw new IllegalArgumentException(source + ": whole entry '" + w + "' names no role of the table");
      }
    }
    return new Vocabulary(phrases, off, whole, changeLabels, outcomeLabels);
  }

  private static List<String> splitAliases(String col) {
    List<String> out = new ArrayList<>();
    for (String a : col.split(",")) {
      if (!a.isBlank()) {
        out.add(a.strip());
      }
    }
    return out;
  }

  /** The tokens of {@code text}, with table phrases merged into one word each and every word given its kind. */
  List<Token> tokens(String text) {
    List<Token> raw = lexer.lex(text);
    List<Token> out = new ArrayList<>(raw.size());
    int i = 0;
    while (i < raw.size()) {
      Token t = raw.get(i);
      if (!t.isWord()) {
        out.add(t);
        i++;
        continue;
      }
      int matched = 0;
      Entry entry = null;
      for (int n = Math.min(longestPhrase, raw.size() - i); n >= 1 && entry == null; n--) {
        List<String> words = new ArrayList<>(n);
        for (int j = i; j < i + n && raw.get(j).isWord(); j++) {
          words.add(raw.get(j).norm());
        }
        if (words.size() == n) {
          entry = phrases.get(words);
          matched = n;
        }
      }
      if (entry != null) {
        matched = extended(raw, i, matched, entry);
        int start = t.start();
        int end = raw.get(i + matched - 1).end();
        // Inside a compound word a word of structure is part of the name: "growing" in
        // "progressive_growing_recursion" raises nothing, "on-policy" qualifies nothing. A leading
        // verb of a flag still acts ("use_ema", "no_warmup").
        boolean leadingVerb = !inner(text, start)
            && (entry.kind() == WordKind.ADD || entry.kind() == WordKind.REMOVE || entry.kind() == WordKind.REPLACE);
        boolean keeps = leadingVerb || entry.kind().names() || entry.kind() == WordKind.STOP || entry.kind() == WordKind.OUTCOME;
        WordKind kind = compound(text, start, end) && !keeps ? WordKind.CONTENT : entry.kind(); // "val_bpb" stays a metric
        String norm = kind == entry.kind() ? entry.canonical() : String.join(" ", raw.subList(i, i + matched).stream()
            .map(Token::norm).toList());
        out.add(Token.word(text.substring(start, end), norm, kind, start, end));
        i += matched;
      } else {
        boolean letter = t.norm().length() == 1;
        out.add(t.withKind(letter ? WordKind.STOP : WordKind.CONTENT));
        i++;
      }
    }
    return out;
  }

  /**
   * How many words from {@code i} a named phrase of {@code matched} words covers when aliases of the
   * same name overlap: "PPO clip range" is {@code ppo clip} and {@code clip range}, one setting.
   */
  private int extended(List<Token> raw, int i, int matched, Entry entry) {
    if (!entry.kind().names()) {
      return matched;
    }
    boolean grew = true;
    while (grew && i + matched < raw.size() && raw.get(i + matched).isWord()) {
      grew = false;
      for (int k = 1; k < longestPhrase && k <= matched && !grew; k++) {
        List<String> words = new ArrayList<>();
        for (int j = i + matched - k; j <= i + matched; j++) {
          words.add(raw.get(j).norm());
        }
        grew = entry.equals(phrases.get(words));
      }
      matched += grew ? 1 : 0;
    }
    return matched;
  }

  /** Whether the phrase from {@code start} to {@code end} is part of a compound word ({@code _}, {@code -}, letters). */
  private static boolean compound(String text, int start, int end) {
    if (inner(text, start)) {
      return true;
    }
    if (end >= text.length()) {
      return false;
    }
    char c = text.charAt(end);
    return c == '_' || (c == '-' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1)))
        || Character.isLetterOrDigit(c);
  }

  /** Whether the word at {@code start} continues an identifier ({@code _}, {@code -} or a letter before it). */
  private static boolean inner(String text, int start) {
    if (start == 0) {
      return false;
    }
    char c = text.charAt(start - 1);
    return c == '_' || c == '-' || Character.isLetterOrDigit(c);
  }

  /** Whether {@code canonical} is the name of a setting or technique of the table. */
  boolean isNamed(String canonical) {
    return named.contains(canonical);
  }

  /** Whether {@code canonical} is a generic head word of the table ({@code loss}, {@code head}). */
  boolean isRole(String canonical) {
    return roles.contains(canonical);
  }

  /** Whether {@code canonical} is the name of a technique or component of the table. */
  boolean isTerm(String canonical) {
    return terms.contains(canonical);
  }

  /** Whether a setting or technique is off (zero) unless set. */
  boolean offByDefault(String canonical) {
    return off.contains(canonical);
  }

  /** Whether the head {@code canonical} means the whole model rather than one of its components. */
  boolean meansWhole(String canonical) {
    return whole.contains(canonical);
  }

  /** Whether {@code label} (lower case) labels the part of a description that states the change. */
  boolean isChangeLabel(String label) {
    return changeLabels.contains(label);
  }

  /** Whether {@code label} (lower case) labels a part of a description about the result. */
  boolean isOutcomeLabel(String label) {
    return outcomeLabels.contains(label);
  }
}
