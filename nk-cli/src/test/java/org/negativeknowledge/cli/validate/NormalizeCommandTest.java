package org.negativeknowledge.cli.validate;

import org.negativeknowledge.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.testing.PaperData;

class NormalizeCommandTest {
  @TempDir Path dir;

  @Test
  void paperBankWithRegimeBoundIsNormalisedAndEachChangeReported() throws IOException {
    Path bank = PaperData.resolve("section4/banks/bank_negative.jsonl");
    Path out = dir.resolve("normalised.jsonl");
    CliRun run = CliRun.run("normalize", "--profile", "exploration", "--output", out.toString(), bank.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    List<String> changes = Arrays.stream(run.err().split("\n")).filter(l -> l.contains(" -> ")).toList();
    assertThat(changes).hasSize(12);
    assertThat(changes).allMatch(l -> l.startsWith(bank + ":") && l.endsWith(": failure.scope: regime_bound -> regime_bound_failure"));
    assertThat(run.err()).endsWith("43 records, 12 changes\n");

    List<String> in = Files.readAllLines(bank).stream().filter(l -> !l.isBlank()).toList();
    List<String> written = Files.readAllLines(out);
    assertThat(written).hasSize(in.size());
    for (int i = 0; i < in.size(); i++) {
      JsonNode before = NkJson.parseObject(in.get(i));
      JsonNode after = NkJson.parseObject(written.get(i));
      if (before.path("failure").path("scope").asText().equals("regime_bound")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) before.get("failure")).put("scope", "regime_bound_failure");
      }
      assertThat(after).isEqualTo(before); // nothing else changed, order and numbers kept
    }
    assertThat(CliRun.run("validate", "--profile", "exploration", out.toString()).exit()).isZero();
  }

  @Test
  void jsonFileInPlaceIsPrettyAndStdoutIsDefault() throws IOException {
    Path p = dir.resolve("task_x.json");
    Files.writeString(p, ValidateCommandTest.VALID.replace("local_failure", "regime_bound"));
    CliRun toStdout = CliRun.run("normalize", p.toString());
    assertThat(toStdout.exit()).isZero();
    assertThat(NkJson.parseObject(toStdout.out()).get("failure").get("scope").textValue())
        .isEqualTo("regime_bound_failure");
    assertThat(toStdout.err()).startsWith(p + ": failure.scope: regime_bound -> regime_bound_failure\n");

    CliRun inPlace = CliRun.run("normalize", "--in-place", p.toString());
    assertThat(inPlace.exit()).isZero();
    String written = Files.readString(p);
    assertThat(written).contains("\n  \"task_id\"").contains("regime_bound_failure").endsWith("}\n");
    assertThat(CliRun.run("validate", p.toString()).exit()).isZero();
    assertThat(Files.list(dir).toList()).containsExactly(p); // no temporary file left
  }

  @Test
  void brokenInputLeavesTheTargetUntouched() throws IOException {
    Path p = dir.resolve("r.jsonl");
    String content = ValidateCommandTest.VALID.replace("local_failure", "regime_bound") + "\n{broken\n";
    Files.writeString(p, content);
    CliRun run = CliRun.run("normalize", "--in-place", p.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(p + ":2: line 2, column").contains("[malformed_json]");
    assertThat(Files.readString(p)).isEqualTo(content);
    assertThat(Files.list(dir).toList()).containsExactly(p);

    assertThat(CliRun.run("normalize", "--in-place", "--output", "x.jsonl", p.toString()).exit()).isEqualTo(2);
  }
}
