package org.negativeknowledge.app.repro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.negativeknowledge.bank.render.TokenCounter;

/**
 * Section 3's aggregate files re-derived from the raw artifacts (paper-claims.md 2.4): the
 * self-debug bytes, the memory tokens (cl100k_base, the bank's {@link TokenCounter}) and the
 * solver account. The claims read the aggregates as the verifiers do; these checks show that the
 * aggregates still describe the raw files wherever those are present.
 */
public final class Section3Derivations {
  private static final String B2_BYTES = Section3Artifacts.DIR + "b2_covering_bytes.json";
  private static final String SELF_DEBUG = Section3Artifacts.DIR + "self_debug_inputs/";
  private static final List<String> SELF_DEBUG_FILES = List.of("candidate.py", "exec.log", "eval.log");

  private Section3Derivations() {}

  /** The three checks. */
  public static List<CrossCheck> run(Section3Context c) {
    return List.of(selfDebugBytes(c), memoryTokens(c), solverAccount(c));
  }

  private static CrossCheck selfDebugBytes(Section3Context c) {
    DataFiles f = c.artifacts().files();
    var json = f.objectIfPresent(B2_BYTES);
    List<String> diffs = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (json.isEmpty()) {
      notes.add(B2_BYTES + " is absent: nothing to compare");
      return check("S3-X1", "self-debug memory bytes: b2_covering_bytes.json against self_debug_inputs/",
          0, 0, diffs, notes, List.of(SELF_DEBUG + "task_NNN/"));
    }
    int compared = 0;
    List<String> noFolder = new ArrayList<>();
    List<Long> raw = new ArrayList<>();
    var it = json.get().fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String dir = SELF_DEBUG + "task_" + e.getKey() + "/";
      if (!f.isDirectory(dir)) {
        noFolder.add(e.getKey());
        continue;
      }
      long bytes = 0;
      for (String name : SELF_DEBUG_FILES) {
        if (f.isFile(dir + name)) {
          bytes += f.size(dir + name);
        }
      }
      compared++;
      if (!e.getKey().equals(Section3MemoryClaims.LEFT_OUT_OF_MEDIANS)) {
        raw.add(bytes);
      }
      if (bytes != e.getValue().asLong()) {
        diffs.add("task " + e.getKey() + ": " + B2_BYTES + " says " + e.getValue().asLong()
            + " B, the files in " + dir + " sum to " + bytes + " B");
      }
    }
    if (!noFolder.isEmpty()) {
      notes.add("not compared, no self_debug_inputs folder: " + String.join(", ", noFolder));
    }
    Arithmetic.truncatedMedian(raw).ifPresent(m ->
        notes.add("median over the folders present (" + raw.size() + ", task 003 left out): " + m + " B"));
    return check("S3-X1", "self-debug memory bytes: b2_covering_bytes.json against self_debug_inputs/",
        compared, compared - diffs.size(), diffs, notes,
        List.of(B2_BYTES, SELF_DEBUG + "task_NNN/{candidate.py,exec.log,eval.log}"));
  }

  private static CrossCheck memoryTokens(Section3Context c) {
    Section3Artifacts a = c.artifacts();
    DataFiles f = a.files();
    TokenCounter counter = TokenCounter.cl100k();
    ObjectNode per = a.memoryTokensPerTask();
    List<String> diffs = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<String, List<Long>> raw = new LinkedHashMap<>();
    Set<String> absent = new TreeSet<>();
    int compared = 0;
    if (a.memoryTokens().isEmpty()) {
      notes.add(Section3Artifacts.MEMORY_TOKENS + " is absent: nothing to compare");
    }
    for (String t : c.sets().nk().ids()) {
      Map<String, String> texts = new LinkedHashMap<>();
      recordText(f, Section3Artifacts.RECORDS + "task_" + t + ".json").ifPresent(s -> texts.put("nkr_d1", s));
      recordText(f, Section3Artifacts.RECORDS + "task_" + t + "_deep.json").ifPresent(s -> texts.put("nkr_d3", s));
      selfDebugText(f, t).ifPresent(s -> texts.put("self_debug", s));
      for (String key : List.of("nkr_d1", "self_debug", "nkr_d3")) {
        JsonNode stored = per.path(t).get(key);
        String text = texts.get(key);
        if (text == null) {
          if (stored != null) {
            absent.add(t);
          }
          continue;
        }
        long tokens = counter.count(text);
        if (!t.equals(Section3MemoryClaims.LEFT_OUT_OF_MEDIANS)) {
          raw.computeIfAbsent(key, k -> new ArrayList<>()).add(tokens);
        }
        if (a.memoryTokens().isPresent()) {
          compared++;
          if (stored == null || stored.asLong() != tokens) {
            diffs.add("task " + t + " " + key + ": memory_tokens.json says "
                + (stored == null ? "nothing" : stored.asLong()) + ", the raw text counts " + tokens);
          }
        }
      }
    }
    if (!absent.isEmpty()) {
      notes.add("not compared, raw files absent for tasks: " + String.join(", ", absent));
    }
    raw.forEach((k, v) -> Arithmetic.truncatedMedian(v).ifPresent(m ->
        notes.add("median " + k + " over the raw files present (" + v.size() + ", task 003 left out): " + m)));
    return check("S3-X2", "memory tokens (" + counter.encodingName() + "): memory_tokens.json against"
            + " the records and self-debug inputs", compared, compared - diffs.size(), diffs, notes,
        List.of(Section3Artifacts.MEMORY_TOKENS, Section3Artifacts.RECORDS + "task_NNN{,_deep}.json",
            SELF_DEBUG + "task_NNN/"));
  }

  private static CrossCheck solverAccount(Section3Context c) {
    Section3Artifacts a = c.artifacts();
    List<String> diffs = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (a.account().isEmpty()) {
      notes.add(Section3Artifacts.ACCOUNT + " is absent: nothing to compare");
      return check("S3-X3", "solver tokens: solver_tokens.csv against dispatch.tokens", 0, 0, diffs,
          notes, List.of(Section3Artifacts.SOLVER_DIR));
    }
    List<SolverAccount.Row> rows = a.account().get().rows();
    int compared = 0;
    for (Dispatch d : a.dispatches()) {
      var row = rows.stream().filter(r -> r.taskId().equals(d.taskId())
          && r.modelDir().equals(d.modelDir()) && r.cell().equals(d.cell())).findFirst();
      compared++;
      if (row.isEmpty()) {
        diffs.add(d.file() + ": no row in " + Section3Artifacts.ACCOUNT);
      } else if (!Objects.equals(row.get().tokens(), d.tokens())) {
        diffs.add(d.file() + ": dispatch.tokens " + d.tokens() + ", " + Section3Artifacts.ACCOUNT
            + " line " + row.get().line() + " says " + row.get().tokens());
      }
    }
    long withoutFile = rows.stream().filter(r -> a.dispatches().stream().noneMatch(d ->
        d.taskId().equals(r.taskId()) && d.modelDir().equals(r.modelDir()) && d.cell().equals(r.cell())))
        .count();
    notes.add(rows.size() + " rows; " + withoutFile + " of them have no dispatch file in this data");
    return check("S3-X3", "solver tokens: solver_tokens.csv against dispatch.tokens", compared,
        compared - diffs.size(), diffs, notes,
        List.of(Section3Artifacts.ACCOUNT, Section3Artifacts.SOLVER_DIR + "/*.json"));
  }

  private static Optional<String> recordText(DataFiles f, String rel) {
    return f.isFile(rel) ? Optional.of(f.text(f.path(rel))) : Optional.empty();
  }

  /** The self-debug memory object: candidate.py, exec.log, eval.log as present, joined by one newline. */
  private static Optional<String> selfDebugText(DataFiles f, String task) {
    String dir = SELF_DEBUG + "task_" + task + "/";
    if (!f.isDirectory(dir)) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (String name : SELF_DEBUG_FILES) {
      if (f.isFile(dir + name)) {
        parts.add(f.text(f.path(dir + name)));
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", parts));
  }

  private static CrossCheck check(String id, String title, int compared, int agreeing,
      List<String> diffs, List<String> notes, List<String> sources) {
    return new CrossCheck(id, Study.SECTION3, title, compared, agreeing, diffs, notes, sources);
  }
}
