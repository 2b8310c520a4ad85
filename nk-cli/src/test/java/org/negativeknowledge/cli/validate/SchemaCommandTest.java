package org.negativeknowledge.cli.validate;

import org.negativeknowledge.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.record.NkJson;

class SchemaCommandTest {
  @ParameterizedTest
  @ValueSource(strings = {"depth1", "deep", "knowledge"})
  void printsAJsonSchema202012(String shape) {
    CliRun run = CliRun.run("schema", "--shape", shape);
    assertThat(run.exit()).isZero();
    JsonNode schema = NkJson.parseObject(run.out());
    assertThat(schema.get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("type").textValue()).isEqualTo("object");
  }

  @Test
  void depthAndProfileShapeTheSchema() {
    JsonNode deep = NkJson.parseObject(CliRun.run("schema", "--shape", "deep", "--depth", "3").out());
    assertThat(deep.at("/properties/depth/const").intValue()).isEqualTo(3);
    String core = CliRun.run("schema", "--shape", "depth1").out();
    String exploration = CliRun.run("schema", "--shape", "depth1", "--profile", "exploration").out();
    assertThat(core).doesNotContain("hypothesis_failure");
    assertThat(exploration).contains("hypothesis_failure");
  }

  @Test
  void badOptionsExitTwo() {
    assertThat(CliRun.run("schema", "--shape", "wide").exit()).isEqualTo(2);
    assertThat(CliRun.run("schema", "--shape", "depth1", "--depth", "3").exit()).isEqualTo(2);
    assertThat(CliRun.run("schema", "--shape", "deep", "--depth", "1").exit()).isEqualTo(2);
    assertThat(CliRun.run("schema").exit()).isEqualTo(2);
  }
}
