package org.negativeknowledge.curator.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.OptionalInt;
import org.negativeknowledge.curator.CurationResult;

/**
 * One compared case: the record the paper's model-driven curator wrote and the offline curation of
 * the same inputs.
 *
 * @param name the case name ({@code task_018_r2}, {@code BKdV-S1_r1})
 * @param set where the case belongs: {@code tuning}, {@code frozen} (section 3) or {@code section4}
 * @param kind {@code depth1}, {@code round2} or {@code deep}
 * @param expected the record the paper's curator wrote
 * @param result the offline curation
 */
record AgreementCase(String name, String set, String kind, ObjectNode expected, CurationResult result) {

  static final String SECTION4 = "section4";

  AgreementCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(result, "result");
  }

  /** The paper record's value of a failure facet ({@code ""} when absent). */
  String expectedFacet(String facet) {
    return expected.path("failure").path(facet).asText("");
  }

  /** The offline record's value of a failure facet. */
  String actualFacet(String facet) {
    return result.record().path("failure").path(facet).asText("");
  }

  boolean agrees(String facet) {
    return expectedFacet(facet).equals(actualFacet(facet));
  }

  /**
   * The exit code of the round the record is about (the last round of a deep record), as the
   * offline curator's audit recorded it; empty when the log states none.
   */
  OptionalInt exitCode() {
    JsonNode rounds = result.audit().path("rounds");
    JsonNode last = rounds.isArray() && !rounds.isEmpty() ? rounds.get(rounds.size() - 1) : null;
    return last != null && last.path("exit_code").isInt() ? OptionalInt.of(last.path("exit_code").asInt()) : OptionalInt.empty();
  }

  /** True when the decisive round exited with a non-zero code (the exit-code baseline's only input). */
  boolean nonZeroExit() {
    OptionalInt code = exitCode();
    return code.isPresent() && code.getAsInt() != 0;
  }
}
