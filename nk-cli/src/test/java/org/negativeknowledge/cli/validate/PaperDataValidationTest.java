package org.negativeknowledge.cli.validate;

import org.negativeknowledge.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.testing.PaperData;

/** Reference-level results of {@code nk validate} on the paper's own records, pinned. */
class PaperDataValidationTest {

  private static Map<String, Long> issueCounts(CliRun run) {
    return Arrays.stream(run.outLines())
        .map(NkJson::parseObject)
        .flatMap(r -> java.util.stream.StreamSupport.stream(r.get("issues").spliterator(), false))
        .map(PaperDataValidationTest::key)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static String key(JsonNode issue) {
    String message = issue.get("message").textValue();
    return issue.get("code").textValue() + " " + issue.get("path").textValue() + " "
        + message.substring(0, message.indexOf(' '));
  }

  @Test
  void section4RecordsNeedTheExplorationProfile() {
    Path records = PaperData.resolve("section4/nk_records");

    CliRun core = CliRun.run("validate", records.toString());
    assertThat(core.exit()).isEqualTo(1);
    assertThat(core.outLines()[core.outLines().length - 1]).isEqualTo("28 records, 7 valid, 21 invalid");

    CliRun coreJson = CliRun.run("validate", "--format", "json", records.toString());
    assertThat(issueCounts(coreJson))
        .containsOnly(
            Map.entry("not_in_vocabulary failure.layer 'hypothesis_failure'", 17L),
            Map.entry("not_in_vocabulary failure.layer 'measurement_failure'", 4L));
    assertThat(Arrays.stream(coreJson.outLines()).map(NkJson::parseObject)
            .collect(Collectors.groupingBy(r -> r.get("shape").textValue(), Collectors.counting())))
        .containsOnly(Map.entry("depth1", 21L), Map.entry("deep", 7L));

    CliRun exploration = CliRun.run("validate", "--profile", "exploration", records.toString());
    assertThat(exploration.exit()).isZero();
    assertThat(exploration.out()).isEqualTo("28 records, 28 valid, 0 invalid\n");
  }

  @Test
  void section3RecordsAreValidUnderCore() {
    CliRun run = CliRun.run("validate", PaperData.resolve("section3/nk_records").toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("42 records, 42 valid, 0 invalid\n");
  }
}
