package org.negativeknowledge.app.repro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@code verified_results.json} file: an array of {@code {task, cond|condition, useful, diag}}
 * objects, one per research session.
 *
 * @param file the file, relative to the data folder
 * @param entries the objects in file order
 */
record VerdictList(String file, List<ObjectNode> entries) {

  /** Reads the list at {@code relative}, or empty when the file is absent. */
  static Optional<VerdictList> read(DataFiles files, String relative) {
    return files.arrayIfPresent(relative).map(arr -> new VerdictList(relative, objects(arr)));
  }

  /** The condition of an entry: {@code cond}, else {@code condition}. */
  static String condition(JsonNode entry) {
    JsonNode c = entry.get("cond");
    return c != null && c.isTextual() ? c.textValue() : entry.path("condition").asText("");
  }

  /** The first entry of {@code task} and {@code condition}. */
  Optional<ObjectNode> first(String task, String cond) {
    return entries.stream()
        .filter(e -> e.path("task").asText("").equals(task) && condition(e).equals(cond))
        .findFirst();
  }

  /** How many entries of {@code cond} are useful (a JSON true). */
  long passes(String cond) {
    return entries.stream()
        .filter(e -> condition(e).equals(cond) && e.path("useful").isBoolean()
            && e.path("useful").booleanValue())
        .count();
  }

  /** Inputs naming this file. */
  Inputs inputs() {
    return Inputs.source(file + " (" + entries.size() + " entries)");
  }

  /** A computation that needs the list at {@code relative}. */
  static Computed with(
      DataFiles files, String relative, Function<VerdictList, Computed> f) {
    return read(files, relative).map(f)
        .orElseGet(() -> Computed.none(Inputs.missing(new MissingInput(relative, null, "the claim reads it"))));
  }

  /** The value at {@code task/cond} through {@code f}, or not computable when the entry is absent. */
  Computed at(String task, String cond, Function<ObjectNode, ClaimValue> f) {
    return first(task, cond)
        .map(e -> Computed.of(f.apply(e), inputs()))
        .orElseGet(() -> Computed.none(inputs().withMissing(List.of(new MissingInput(
            file + ": entry " + task + "/" + cond, null, "the claim reads this entry")))));
  }

  private static List<ObjectNode> objects(ArrayNode arr) {
    List<ObjectNode> out = new ArrayList<>();
    arr.forEach(n -> {
      if (n instanceof ObjectNode o) {
        out.add(o);
      }
    });
    return out;
  }
}
