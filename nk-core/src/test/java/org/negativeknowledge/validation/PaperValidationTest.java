package org.negativeknowledge.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
