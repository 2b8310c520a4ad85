package org.negativeknowledge.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.testing.PaperData;

/** Pins what the reference level says about the paper's own records. */
class PaperValidationTest {

  private static Map<String, Integer> issueCounts(String folder, TaxonomyProfile profile, ValidationLevel level)
      throws Exception {
    Validator v = Validator.of(profile, level);
    Map<String, Integer> counts = new TreeMap<>();
    for (Path p : PaperData.files(PaperData.resolve(folder), ".json")) {
      ValidationReport r = v.validate(NkJson.parseObject(Files.readString(p)));
      counts.merge("records", 1, Integer::sum);
      counts.merge(r.isValid() ? "valid" : "invalid", 1, Integer::sum);
      r.issues().forEach(i -> counts.merge(i.path() + ":" + i.code(), 1, Integer::sum));
    }
    return counts;
  }

  @Test
  void section4RecordsUseExplorationLayersThatCoreRejects() throws Exception {
    assertThat(issueCounts("section4/nk_records", TaxonomyProfile.core(), ValidationLevel.REFERENCE))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("records", 28, "valid", 7, "invalid", 21, "failure.layer:not_in_vocabulary", 21));
    assertThat(issueCounts("section4/nk_records", TaxonomyProfile.exploration(), ValidationLevel.REFERENCE))
        .containsExactlyInAnyOrderEntriesOf(Map.of("records", 28, "valid", 28));
  }

  @Test
  void section3RecordsAreValidAtReferenceLevel() throws Exception {
    assertThat(issueCounts("section3/nk_records", TaxonomyProfile.core(), ValidationLevel.REFERENCE))
        .containsExactlyInAnyOrderEntriesOf(Map.of("records", 42, "valid", 42));
  }

  @Test
  void strictLevelFindsThePapersOverlongFields() throws Exception {
    Map<String, Integer> c = issueCounts("section3/nk_records", TaxonomyProfile.core(), ValidationLevel.STRICT);
    assertThat(c).containsEntry("invalid", 33).containsEntry("recommended_alternative:too_long", 27);
    assertThat(c.keySet()).allMatch(k -> k.equals("records") || k.equals("valid") || k.equals("invalid") || k.endsWith(":too_long"));
  }

  /**
   * Spec section 4, as the paper's validator applies it: {@code rounds_summary} must be an array
   * of exactly N objects, each with attempted_route and observation, and the rounds are looked
   * into only when there are exactly N of them. Checked on every deep record of the paper, as it
   * is and with its rounds broken in eight ways, at expected depths 2, 3 and 4.
   */
  @Test
  void referenceLooksIntoThePapersRoundsOnlyWhenThereAreExactlyN() throws Exception {
    Validator ref = Validator.of(TaxonomyProfile.exploration(), ValidationLevel.REFERENCE);
    List<Path> deep = new ArrayList<>(PaperData.files(PaperData.resolve("section3/nk_records"), "_deep.json"));
    deep.addAll(PaperData.files(PaperData.resolve("section4/nk_records"), "_deep.json"));
    assertThat(deep).hasSize(19);
    int checked = 0;
    for (Path p : deep) {
      ObjectNode paper = NkJson.parseObject(Files.readString(p));
      for (ObjectNode record : roundVariants(paper)) {
        for (int n = 2; n <= 4; n++) {
          List<String> roundIssues = ref.validateNk(record, n).issues().stream()
              .filter(i -> i.path().startsWith("rounds_summary"))
              .map(i -> i.path() + ":" + i.code())
              .toList();
          assertThat(roundIssues).as(p.getFileName() + " at depth " + n + ": " + record.get("rounds_summary"))
              .containsExactlyElementsOf(expectedRoundIssues(record.get("rounds_summary"), n));
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(19 * 9 * 3);
  }

  private static List<ObjectNode> roundVariants(ObjectNode paper) {
    List<ObjectNode> out = new ArrayList<>();
    out.add(paper);
    out.add(withRounds(paper, "[{}]"));
    out.add(withRounds(paper, "[]"));
    ObjectNode firstTwo = paper.deepCopy();
    firstTwo.withArray("rounds_summary").remove(2);
    out.add(firstTwo);
    ObjectNode noObservation = paper.deepCopy();
    ((ObjectNode) noObservation.withArray("rounds_summary").get(1)).remove("observation");
    out.add(noObservation);
    ObjectNode aString = paper.deepCopy();
    aString.withArray("rounds_summary").set(0, aString.textNode("round one"));
    out.add(aString);
    ObjectNode extra = paper.deepCopy();
    extra.withArray("rounds_summary").addObject();
    out.add(extra);
    out.add(withRounds(paper, "\"three rounds\""));
    ObjectNode none = paper.deepCopy();
    none.remove("rounds_summary");
    out.add(none);
    return out;
  }

  private static ObjectNode withRounds(ObjectNode paper, String json) {
    ObjectNode copy = paper.deepCopy();
    copy.set("rounds_summary", NkJson.parseObject("{\"r\":" + json + "}").get("r"));
    return copy;
  }

  private static List<String> expectedRoundIssues(JsonNode rounds, int n) {
    List<String> out = new ArrayList<>();
    if (rounds == null) {
      out.add("rounds_summary:missing_field");
    }
    if (rounds == null || !rounds.isArray() || rounds.size() != n) {
      out.add("rounds_summary:wrong_count");
      return out;
    }
    for (int i = 0; i < n; i++) {
      JsonNode r = rounds.get(i);
      if (!r.isObject()) {
        out.add("rounds_summary[" + i + "]:wrong_type");
        continue;
      }
      for (String f : List.of("attempted_route", "observation")) {
        if (!r.has(f)) {
          out.add("rounds_summary[" + i + "]." + f + ":missing_field");
        }
      }
    }
    return out;
  }
}
