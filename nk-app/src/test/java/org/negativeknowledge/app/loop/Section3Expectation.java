package org.negativeknowledge.app.loop;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a replay of the section-3 study must report, computed from the recorded files alone with
 * the loop's protocol written out here a second time: a chain stops at its first pass, or where the
 * study has no dispatch (or no record to show); round 1 is the baseline run.
 */
final class Section3Expectation {
  /** One condition's expected figures. */
  static final class Row {
    final Set<String> passed = new HashSet<>();
    int attempts;
    int notRecorded;
    final List<Long> memBytes = new ArrayList<>();
    final List<Long> memTokens = new ArrayList<>();
    final List<Long> solver = new ArrayList<>();
    final List<Long> curator = new ArrayList<>();
    final Map<Integer, List<Long>> solverByRound = new LinkedHashMap<>();

    void attempt(int round, JsonNode dispatch, long[] memory) {
      attempts++;
      long t = Section3Recording.tokens(dispatch);
      if (t > 0) {
        solver.add(t);
        solverByRound.computeIfAbsent(round, r -> new ArrayList<>()).add(t);
      }
      if (memory != null) {
        memBytes.add(memory[0]);
        memTokens.add(memory[1]);
      }
    }

    void curated(Optional<Long> tokens) {
      tokens.filter(t -> t > 0).ifPresent(curator::add);
    }
  }

  final Map<String, Row> rows = new LinkedHashMap<>();

  Section3Expectation(Section3Recording rec) {
    for (String c : List.of("base", "retry", "nk1", "selfdebug", "nkdeep")) {
      rows.put(c, new Row());
    }
    for (String t : rec.tasks) {
      base(rec, t);
      if (rec.baselinePassed(t)) {
        for (Row r : rows.values()) {
          r.passed.add(t);
        }
        continue;
      }
      retry(rec, t);
      nk1(rec, t);
      JsonNode r3 = selfdebug(rec, t);
      if (r3 != null) {
        nkdeep(rec, t);
      }
    }
  }

  private void base(Section3Recording rec, String t) {
    Row row = rows.get("base");
    row.attempts++;
    rec.dispatch(t, "round1").map(Section3Recording::tokens).filter(x -> x > 0).ifPresent(row.solver::add);
    if (!rec.baselinePassed(t) && rec.record(t, "").isPresent()) {
      row.curated(rec.curatorTokens(t, ""));
    }
  }

  private void retry(Section3Recording rec, String t) {
    Row row = rows.get("retry");
    Optional<JsonNode> d = rec.dispatch(t, "round2_B0");
    if (d.isEmpty()) {
      row.notRecorded++;
      return;
    }
    row.attempt(2, d.get(), null);
    if (Section3Recording.passed(d.get())) {
      row.passed.add(t);
    }
  }

  private void nk1(Section3Recording rec, String t) {
    Row row = rows.get("nk1");
    String[] cells = {"round2_NKR", "round3_NKR"};
    String[] shown = {"", "_r2"};
    for (int i = 0; i < 2; i++) {
      Optional<Path> record = rec.record(t, shown[i]);
      Optional<JsonNode> d = rec.dispatch(t, cells[i]);
      if (record.isEmpty() || d.isEmpty()) {
        row.notRecorded++;
        return;
      }
      row.attempt(i + 2, d.get(), Section3Recording.file(record.get()));
      if (Section3Recording.passed(d.get())) {
        row.passed.add(t);
        return;
      }
      if (i == 0 && rec.record(t, "_r2").isPresent()) {
        row.curated(rec.curatorTokens(t, "_r2"));
      }
    }
  }

  /** Returns the round-3 dispatch when both self-debug rounds were recorded and failed. */
  private JsonNode selfdebug(Section3Recording rec, String t) {
    Row row = rows.get("selfdebug");
    Optional<JsonNode> r1 = rec.dispatch(t, "round1");
    long[] memory = rec.selfDebugInputs(t).orElse(null);
    JsonNode before = null;
    for (int round = 2; round <= 3; round++) {
      Optional<JsonNode> d = rec.dispatch(t, "round" + round + "_B2");
      if (d.isEmpty()) {
        row.notRecorded++;
        return null;
      }
      if (round == 2 && r1.isEmpty()) {
        memory = null;
      }
      if (round == 3) {
        memory = Section3Recording.artifacts(before);
      }
      row.attempt(round, d.get(), memory);
      if (Section3Recording.passed(d.get())) {
        row.passed.add(t);
        rows.get("nkdeep").passed.add(t);
        return null;
      }
      before = d.get();
    }
    return before;
  }

  private void nkdeep(Section3Recording rec, String t) {
    Row row = rows.get("nkdeep");
    Optional<Path> deep = rec.record(t, "_deep");
    if (deep.isEmpty()) {
      row.notRecorded++;
      return;
    }
    row.curated(rec.curatorTokens(t, "_deep"));
    Optional<JsonNode> d = rec.dispatch(t, "deepNKR_sonnet");
    if (d.isEmpty()) {
      row.notRecorded++;
      return;
    }
    row.attempt(4, d.get(), Section3Recording.file(deep.get()));
    if (Section3Recording.passed(d.get())) {
      row.passed.add(t);
    }
  }
}
