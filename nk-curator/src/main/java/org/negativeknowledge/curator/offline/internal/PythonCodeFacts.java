package org.negativeknowledge.curator.offline.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The libraries a Python program imports and the library calls it makes, in order of first
 * appearance, with aliases resolved ({@code np.load} becomes {@code numpy.load}, {@code Ridge(...)}
 * imported from {@code sklearn.linear_model} becomes {@code sklearn.linear_model.Ridge}). A
 * line-based reading, not a parser: good enough to name a route, never executed.
 *
 * @param libraries third-party top-level packages imported, in order
 * @param calls library calls, in order of first appearance, de-duplicated by name
 * @param aliases local name to qualified name
 */
public record PythonCodeFacts(List<String> libraries, List<LibraryCall> calls, Map<String, String> aliases) {

  /**
   * One call of a library function.
   *
   * @param qualifiedName the resolved name ({@code sklearn.linear_model.Ridge})
   * @param keywordArgs the keyword arguments as written, shortened ({@code alpha=1.0}); may be empty
   * @param line the 1-based line of the first call
   */
  public record LibraryCall(String qualifiedName, String keywordArgs, int line) {
    /** {@code name(kw=..)} or {@code name} when there are no keyword arguments. */
    public String render() {
      return keywordArgs.isEmpty() ? qualifiedName : qualifiedName + "(" + keywordArgs + ")";
    }

    /** The top-level package of the call. */
    public String library() {
      int dot = qualifiedName.indexOf('.');
      return dot < 0 ? qualifiedName : qualifiedName.substring(0, dot);
    }
  }

  public PythonCodeFacts {
    libraries = List.copyOf(libraries);
    calls = List.copyOf(calls);
    aliases = Map.copyOf(aliases);
  }

  private static final Set<String> STDLIB =
      Set.of(
          "os", "sys", "re", "json", "math", "time", "pathlib", "glob", "warnings", "collections",
          "itertools", "functools", "typing", "random", "argparse", "logging", "pickle", "csv",
          "datetime", "shutil", "subprocess", "io", "copy", "string", "gc", "traceback",
          "importlib", "dataclasses", "abc", "contextlib", "tempfile", "textwrap", "statistics",
          "operator", "multiprocessing", "threading", "uuid", "hashlib", "base64", "struct",
          "zipfile", "gzip", "inspect", "enum", "numbers", "decimal", "fractions", "heapq",
          "bisect", "platform", "signal", "socket", "urllib", "http", "queue", "pprint",
          "unittest", "__future__", "types", "weakref", "errno", "locale", "codecs", "builtins",
          "concurrent", "shelve", "sqlite3", "tarfile", "fnmatch", "secrets", "array", "cmath");

  private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(.+)$");
  private static final Pattern FROM_IMPORT = Pattern.compile("^\\s*from\\s+([\\w.]+)\\s+import\\s+(.+)$");
  private static final Pattern CALL = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*)\\s*\\(");
  private static final Pattern KEYWORD = Pattern.compile("^\\s*([A-Za-z_]\\w*)\\s*=(?!=)\\s*(.+?)\\s*$");

  /** An empty reading (no code). */
  public static PythonCodeFacts empty() {
    return new PythonCodeFacts(List.of(), List.of(), Map.of());
  }

  /** Reads imports and library calls from Python source text. */
  public static PythonCodeFacts read(String source) {
    Map<String, String> aliases = new LinkedHashMap<>();
    Set<String> libraries = new LinkedHashSet<>();
    List<String> lines = joinContinuations(source);
    for (String raw : lines) {
      String line = stripComment(raw);
      Matcher f = FROM_IMPORT.matcher(line);
      Matcher i = IMPORT.matcher(line);
      if (f.matches()) {
        String module = f.group(1);
        if (module.startsWith(".")) {
          continue;
        }
        for (String part : f.group(2).replace("(", "").replace(")", "").split(",")) {
          String[] asParts = part.trim().split("\\s+as\\s+");
          String name = asParts[0].trim();
          if (name.isEmpty() || name.equals("*")) {
            continue;
          }
          String local = asParts.length > 1 ? asParts[1].trim() : name;
          aliases.put(local, module + "." + name);
        }
        addLibrary(libraries, module);
      } else if (i.matches()) {
        for (String part : i.group(1).split(",")) {
          String[] asParts = part.trim().split("\\s+as\\s+");
          String module = asParts[0].trim();
          if (module.isEmpty()) {
            continue;
          }
          String local = asParts.length > 1 ? asParts[1].trim() : module.split("\\.")[0];
          aliases.put(local, asParts.length > 1 ? module : module.split("\\.")[0]);
          addLibrary(libraries, module);
        }
      }
    }
    Map<String, LibraryCall> calls = new LinkedHashMap<>();
    int lineNo = 0;
    for (String raw : source.split("\n", -1)) {
      lineNo++;
      String line = stripComment(raw);
      String trimmed = line.strip();
      if (trimmed.startsWith("def ") || trimmed.startsWith("class ") || trimmed.startsWith("import ")
          || trimmed.startsWith("from ") || trimmed.startsWith("@")) {
        continue;
      }
      for (LibraryCall call : callsIn(line, aliases, lineNo)) {
        if (!STDLIB.contains(call.library())) {
          calls.merge(call.qualifiedName(), call, (a, b) -> a.keywordArgs().isEmpty() && !b.keywordArgs().isEmpty() ? new LibraryCall(a.qualifiedName(), b.keywordArgs(), a.line()) : a);
        }
      }
    }
    return new PythonCodeFacts(new ArrayList<>(libraries), new ArrayList<>(calls.values()), aliases);
  }

  /** The library calls on one line of code (for the failing line of a traceback). */
  public List<LibraryCall> callsOn(String line) {
    List<LibraryCall> found = new ArrayList<>();
    for (LibraryCall c : callsIn(stripComment(line), aliases, 0)) {
      if (!STDLIB.contains(c.library())) {
        found.add(c);
      }
    }
    return found;
  }

  /** The library a local name or qualified name belongs to, if it was imported. */
  public Optional<String> libraryOf(String localName) {
    String head = localName.split("\\.")[0];
    String q = aliases.get(head);
    if (q == null) {
      return libraries.contains(head) ? Optional.of(head) : Optional.empty();
    }
    return Optional.of(q.split("\\.")[0]);
  }

  private static List<LibraryCall> callsIn(String line, Map<String, String> aliases, int lineNo) {
    List<LibraryCall> found = new ArrayList<>();
    String code = blankStrings(line);
    Matcher m = CALL.matcher(code);
    while (m.find()) {
      String name = m.group(1);
      String[] parts = name.split("\\.", 2);
      String resolved = aliases.get(parts[0]);
      if (resolved == null) {
        continue;
      }
      String qualified = parts.length > 1 ? resolved + "." + parts[1] : resolved;
      int open = m.end() - 1;
      found.add(new LibraryCall(qualified, keywordArgs(line, open), lineNo));
    }
    return found;
  }

  /** The keyword arguments of the call whose "(" is at {@code open}, when it closes on this line. */
  private static String keywordArgs(String line, int open) {
    int depth = 0;
    int close = -1;
    for (int k = open; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
        if (depth == 0) {
          close = k;
          break;
        }
      }
    }
    if (close < 0) {
      return "";
    }
    List<String> kws = new ArrayList<>();
    for (String arg : splitTopLevel(line.substring(open + 1, close))) {
      Matcher kw = KEYWORD.matcher(arg);
      if (kw.matches()) {
        String value = kw.group(2);
        kws.add(kw.group(1) + "=" + (value.length() <= 24 ? value : "…"));
      }
    }
    return String.join(", ", kws);
  }

  private static List<String> splitTopLevel(String args) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    for (char c : args.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(cur.toString());
        cur.setLength(0);
        continue;
      }
      cur.append(c);
    }
    if (!cur.toString().isBlank()) {
      parts.add(cur.toString());
    }
    return parts;
  }

  private static void addLibrary(Set<String> libraries, String module) {
    String top = module.split("\\.")[0];
    if (!STDLIB.contains(top) && !top.isEmpty()) {
      libraries.add(top);
    }
  }

  /** Joins parenthesised import lists that span several lines. */
  private static List<String> joinContinuations(String source) {
    List<String> out = new ArrayList<>();
    StringBuilder pending = null;
    for (String raw : source.split("\n", -1)) {
      String line = stripComment(raw);
      if (pending != null) {
        pending.append(' ').append(line.strip());
        if (line.contains(")")) {
          out.add(pending.toString());
          pending = null;
        }
        continue;
      }
      if (line.matches("^\\s*from\\s+[\\w.]+\\s+import\\s*\\(.*") && !line.contains(")")) {
        pending = new StringBuilder(line);
        continue;
      }
      out.add(line);
    }
    return out;
  }

  private static String stripComment(String line) {
    int hash = -1;
    char quote = 0;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#') {
        hash = k;
        break;
      }
    }
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** Replaces string literal contents by spaces so calls inside strings are not read. */
  private static String blankStrings(String line) {
    StringBuilder b = new StringBuilder(line.length());
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        b.append(c == quote ? c : ' ');
        if (c == quote) {
          quote = 0;
        }
      } else {
        if (c == '\'' || c == '"') {
          quote = c;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
