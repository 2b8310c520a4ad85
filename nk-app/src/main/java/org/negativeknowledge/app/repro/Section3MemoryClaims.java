package org.negativeknowledge.app.repro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the section-3 claims about memory objects and round-2 records are computed: median bytes
 * (S3-17..21), the round-2 records (S3-26..29) and median memory tokens (S3-32..36).
 */
final class Section3MemoryClaims {
  /**
   * The task the verifiers leave out of every memory median: its round-1 dispatch and self-debug
   * inputs are absent from the release itself (paper-claims.md, S3-17).
   */
  static final String LEFT_OUT_OF_MEDIANS = "003";

  private static final String B2_BYTES = Section3Artifacts.DIR + "b2_covering_bytes.json";
  private static final String MEDIAN =
      " Median truncated toward zero to an integer, as the paper's verifier does.";
  private static final String CORRECT_BUT_INSUFFICIENT = "round1_recipe_was_correct_but_insufficient";
  private static final String RECIPE_WAS_WRONG = "round1_recipe_was_wrong";

  private Section3MemoryClaims() {}

  static Map<String, ClaimComputation<Section3Context>> computations() {
    Map<String, ClaimComputation<Section3Context>> m = new LinkedHashMap<>();
    Section3Claims.put(m, "S3-17", "median of the values of section3/b2_covering_bytes.json"
        + " (task id to self-debug memory bytes), task 003 left out." + MEDIAN,
        Section3MemoryClaims::selfDebugBytes);
    Section3Claims.put(m, "S3-18", "median byte size (as stored) of nk_records/task_NNN.json over"
        + " the NK tasks except 003, absent files skipped." + MEDIAN,
        c -> recordBytes(c, "", "nkr_d1"));
    Section3Claims.put(m, "S3-19", "the same over nk_records/task_NNN_deep.json." + MEDIAN,
        c -> recordBytes(c, "_deep", "nkr_d3"));
    Section3Claims.put(m, "S3-20", "(1 - S3-18 / S3-17) x 100 on the truncated medians, one decimal",
        c -> byteSaving(c, "", "nkr_d1"));
    Section3Claims.put(m, "S3-21", "(1 - S3-19 / S3-17) x 100, one decimal",
        c -> byteSaving(c, "_deep", "nkr_d3"));
    Section3Claims.put(m, "S3-26", "the NK tasks with a nk_records/task_NNN_r2.json, counted",
        c -> roundTwo(c, null));
    Section3Claims.put(m, "S3-27", "round-2 records whose relationship_to_round1 is "
        + CORRECT_BUT_INSUFFICIENT, c -> roundTwo(c, CORRECT_BUT_INSUFFICIENT));
    Section3Claims.put(m, "S3-28", "round-2 records whose relationship_to_round1 is "
        + RECIPE_WAS_WRONG, c -> roundTwo(c, RECIPE_WAS_WRONG));
    Section3Claims.put(m, "S3-29", "S3-28 / S3-26 x 100, one decimal", Section3MemoryClaims::errorRate);
    Section3Claims.put(m, "S3-32", "median of per_task.*.nkr_d1 in section3/memory_tokens.json"
        + " (cl100k_base), task 003 left out." + MEDIAN, c -> memoryTokens(c, "nkr_d1"));
    Section3Claims.put(m, "S3-33", "the same for self_debug." + MEDIAN,
        c -> memoryTokens(c, "self_debug"));
    Section3Claims.put(m, "S3-34", "the same for nkr_d3." + MEDIAN, c -> memoryTokens(c, "nkr_d3"));
    Section3Claims.put(m, "S3-35", "(1 - S3-32 / S3-33) x 100, one decimal",
        c -> tokenSaving(c, "nkr_d1"));
    Section3Claims.put(m, "S3-36", "(1 - S3-34 / S3-33) x 100, one decimal",
        c -> tokenSaving(c, "nkr_d3"));
    return m;
  }

  private static Computed selfDebugBytes(Section3Context c) {
    var b2 = c.artifacts().files().objectIfPresent(B2_BYTES);
    if (b2.isEmpty()) {
      return Computed.none(Inputs.missing(new MissingInput(B2_BYTES, null, "the claim reads it")));
    }
    List<Long> values = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = b2.get().fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals(LEFT_OUT_OF_MEDIANS) && e.getValue().isNumber()) {
        values.add(e.getValue().longValue());
      }
    }
    return median(values, Inputs.source(B2_BYTES + " (" + values.size() + " values)"));
  }

  private static Computed recordBytes(Section3Context c, String suffix, String manifestKey) {
    Section3Artifacts a = c.artifacts();
    Set<String> tasks = new TreeSet<>(c.sets().nk().ids());
    tasks.remove(LEFT_OUT_OF_MEDIANS);
    List<Long> values = new ArrayList<>();
    for (String t : tasks) {
      String rel = Section3Artifacts.RECORDS + "task_" + t + suffix + ".json";
      if (a.files().isFile(rel)) {
        values.add(a.files().size(rel));
      }
    }
    Inputs in = Inputs.source(
        Section3Artifacts.RECORDS + "task_NNN" + suffix + ".json (" + values.size() + " files)")
        .and(c.sets().nk().inputs())
        .withMissing(a.absentRecords(tasks, manifestKey, suffix));
    return median(values, in);
  }

  private static Computed byteSaving(Section3Context c, String suffix, String key) {
    Computed record = recordBytes(c, suffix, key);
    Computed selfDebug = selfDebugBytes(c);
    return saving(record, selfDebug);
  }

  private static Computed roundTwo(Section3Context c, String relationship) {
    Section3Artifacts a = c.artifacts();
    int count = 0;
    int files = 0;
    for (String t : c.sets().nk().ids()) {
      String rel = Section3Artifacts.RECORDS + "task_" + t + "_r2.json";
      if (a.files().isFile(rel)) {
        files++;
        ObjectNode r = a.files().object(a.files().path(rel));
        String value = r.path("relationship_to_round1").asText("?");
        if (relationship == null || relationship.equals(value)) {
          count++;
        }
      }
    }
    return Computed.of(ClaimValue.ofInt(count), roundTwoInputs(c, files));
  }

  /**
   * Nothing lists the round-2 records that should exist; a task whose depth-1 or depth-3 record
   * (listed in memory_tokens.json) is absent is missing from the data, round-2 record included.
   */
  private static Inputs roundTwoInputs(Section3Context c, int files) {
    Set<String> tasks = c.sets().nk().ids();
    List<MissingInput> absent = new ArrayList<>(c.artifacts().absentRecords(tasks, "nkr_d1", ""));
    absent.addAll(c.artifacts().absentRecords(tasks, "nkr_d3", "_deep"));
    return Inputs.source(Section3Artifacts.RECORDS + "task_NNN_r2.json (" + files + " files)")
        .and(c.sets().nk().inputs())
        .withMissing(absent);
  }

  private static Computed errorRate(Section3Context c) {
    Computed wrong = roundTwo(c, RECIPE_WAS_WRONG);
    Computed all = roundTwo(c, null);
    Inputs in = wrong.inputs().and(all.inputs());
    long n = Long.parseLong(all.value().text());
    if (n == 0) {
      return Computed.none(in.withMissing(List.of(new MissingInput(
          Section3Artifacts.RECORDS + "task_NNN_r2.json", null, "no round-2 record to divide by"))));
    }
    var pct = Arithmetic.oneDecimal(Arithmetic.percent(Long.parseLong(wrong.value().text()), n));
    return Computed.of(ClaimValue.ofText(pct.toPlainString()), in);
  }

  private static Computed memoryTokens(Section3Context c, String key) {
    Section3Artifacts a = c.artifacts();
    if (a.memoryTokens().isEmpty()) {
      return Computed.none(Inputs.missing(
          new MissingInput(Section3Artifacts.MEMORY_TOKENS, null, "the claim reads it")));
    }
    List<Long> values = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = a.memoryTokensPerTask().fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue().get(key);
      if (!e.getKey().equals(LEFT_OUT_OF_MEDIANS) && v != null && v.isNumber()) {
        values.add(v.longValue());
      }
    }
    return median(values, Inputs.source(
        Section3Artifacts.MEMORY_TOKENS + " [per_task.*." + key + ", " + values.size() + " values]"));
  }

  private static Computed tokenSaving(Section3Context c, String key) {
    Computed saved = saving(memoryTokens(c, key), memoryTokens(c, "self_debug"));
    return saved.value() == null
        ? saved
        : Computed.of(ClaimValue.ofDecimal(new BigDecimal(saved.value().text())), saved.inputs());
  }

  private static Computed saving(Computed smaller, Computed baseline) {
    Inputs in = smaller.inputs().and(baseline.inputs());
    if (smaller.value() == null || baseline.value() == null) {
      return Computed.none(in);
    }
    double s = Arithmetic.saving(
        Long.parseLong(smaller.value().text()), Long.parseLong(baseline.value().text()));
    return Computed.of(ClaimValue.ofText(Arithmetic.oneDecimal(s).toPlainString()), in);
  }

  private static Computed median(List<Long> values, Inputs in) {
    OptionalLong m = Arithmetic.truncatedMedian(values);
    if (m.isEmpty()) {
      return Computed.none(in.withMissing(List.of(
          new MissingInput(in.sources().get(0), null, "no value to take the median of"))));
    }
    return Computed.of(ClaimValue.ofInt(m.getAsLong()), in);
  }
}
