package org.negativeknowledge.cli.validate;

import org.negativeknowledge.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.record.NkJson;

class ValidateCommandTest {
  static final String VALID =
      "{\"task_id\":\"t1\",\"attempted_route\":\"RK4 dt=1e-3\",\"observation\":\"NaN at t=0.4\","
          + "\"failure\":{\"layer\":\"method_failure\",\"scope\":\"local_failure\",\"degree\":\"unstable\","
          + "\"recommended_action\":\"change_method\",\"risk\":\"medium_risk_drift\"},"
          + "\"rationale\":\"stiff term\",\"recommended_alternative\":\"IMEX with dt=1e-3\"}";
  static final String HYPOTHESIS = VALID.replace("method_failure", "hypothesis_failure");

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static List<JsonNode> jsonLines(CliRun run) {
    return Arrays.stream(run.outLines()).map(l -> (JsonNode) NkJson.parseObject(l)).toList();
  }

  @Test
  void validFileExitsZeroWithSummary() throws IOException {
    CliRun run = CliRun.run("validate", write("ok.json", VALID).toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("1 records, 1 valid, 0 invalid\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void invalidRecordExitsOneWithOneLinePerIssue() throws IOException {
    Path p = write("bad.json", HYPOTHESIS);
    CliRun run = CliRun.run("validate", p.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines()[0])
        .startsWith(p + ": failure.layer: 'hypothesis_failure' is not in profile core")
        .contains("--profile exploration")
        .endsWith("[not_in_vocabulary]");
    assertThat(run.outLines()[1]).isEqualTo("1 records, 0 valid, 1 invalid");

    assertThat(CliRun.run("validate", "--profile", "exploration", p.toString()).exit()).isZero();
  }

  @Test
  void unreadablePathOrBadOptionExitsTwo() throws IOException {
    Path ok = write("ok.json", VALID);
    CliRun missing = CliRun.run("validate", ok.toString(), dir.resolve("missing.json").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("nk validate: no such file: " + dir.resolve("missing.json") + "\n");
    assertThat(missing.out()).as("no summary of records before the error").isEmpty();
    Path txt = write("notes.txt", VALID);
    CliRun other = CliRun.run("validate", txt.toString());
    assertThat(other.exit()).isEqualTo(2);
    assertThat(other.err()).contains("notes.txt: not a .json, .jsonl or .ndjson file");
    assertThat(other.out()).isEmpty();

    assertThat(CliRun.run("validate", "--depth", "x", ok.toString()).exit()).isEqualTo(2);
    assertThat(CliRun.run("validate", "--depth", "0", ok.toString()).err()).contains(">= 1");
    assertThat(CliRun.run("validate", "--level", "lax", ok.toString()).exit()).isEqualTo(2);
    CliRun profile = CliRun.run("validate", "--profile", "nope", ok.toString());
    assertThat(profile.exit()).isEqualTo(2);
    assertThat(profile.err()).contains("nope").contains("neither built in");
    assertThat(CliRun.run("validate").exit()).isEqualTo(2);
  }

  @Test
  void jsonFormatPrintsOneObjectPerRecord() throws IOException {
    Path p = write("r.jsonl", VALID + "\n" + HYPOTHESIS + "\n");
    CliRun run = CliRun.run("validate", "--format", "json", p.toString());
    assertThat(run.exit()).isEqualTo(1);
    List<JsonNode> lines = jsonLines(run);
    assertThat(lines).hasSize(2);
    JsonNode first = lines.get(0);
    assertThat(first.fieldNames()).toIterable().containsExactly("source", "shape", "depth", "valid", "issues");
    assertThat(first.get("source").textValue()).isEqualTo(p + ":1");
    assertThat(first.get("shape").textValue()).isEqualTo("depth1");
    assertThat(first.get("depth").intValue()).isEqualTo(1);
    assertThat(first.get("valid").booleanValue()).isTrue();
    assertThat(first.get("issues")).isEmpty();
    JsonNode issue = lines.get(1).get("issues").get(0);
    assertThat(issue.fieldNames()).toIterable().containsExactly("path", "code", "message");
    assertThat(issue.get("path").textValue()).isEqualTo("failure.layer");
    assertThat(issue.get("code").textValue()).isEqualTo("not_in_vocabulary");
    assertThat(lines.get(1).get("valid").booleanValue()).isFalse();
  }

  @Test
  void malformedLineIsReportedWithLineAndColumnAndTheRestIsChecked() throws IOException {
    Path p = write("m.jsonl", VALID + "\n{\"task_id\": \"t\",, }\n" + HYPOTHESIS + "\n");
    CliRun run = CliRun.run("validate", "--format", "json", p.toString());
    assertThat(run.exit()).isEqualTo(1);
    List<JsonNode> lines = jsonLines(run);
    assertThat(lines).hasSize(3);
    JsonNode bad = lines.get(1);
    assertThat(bad.get("source").textValue()).isEqualTo(p + ":2");
    assertThat(bad.get("issues").get(0).get("code").textValue()).isEqualTo("malformed_json");
    assertThat(bad.get("issues").get(0).get("message").textValue()).startsWith("line 2, column 17: ");
    assertThat(lines.get(2).get("issues").get(0).get("code").textValue()).isEqualTo("not_in_vocabulary");

    CliRun text = CliRun.run("validate", p.toString());
    assertThat(text.out()).contains(p + ":2: (record): line 2, column 17: ").endsWith("3 records, 1 valid, 2 invalid\n");
  }

  @Test
  void nonUtf8ByteIsAnIssueWithItsOffset() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes((VALID + "\n").getBytes(StandardCharsets.UTF_8));
    b.writeBytes(VALID.substring(0, 20).getBytes(StandardCharsets.UTF_8));
    b.write(0xFF);
    b.writeBytes(VALID.substring(20).getBytes(StandardCharsets.UTF_8));
    Path p = dir.resolve("latin.jsonl");
    Files.write(p, b.toByteArray());
    CliRun run = CliRun.run("validate", "--format", "json", p.toString());
    assertThat(run.exit()).isEqualTo(1);
    JsonNode issue = jsonLines(run).get(1).get("issues").get(0);
    assertThat(issue.get("code").textValue()).isEqualTo("invalid_utf8");
    assertThat(issue.get("message").textValue()).contains("line 2, byte offset 20").contains("0xff");
  }

  @Test
  void hugeStringIsAnIssueOnItsField() throws IOException {
    String huge = VALID.replace("NaN at t=0.4", "x".repeat(10_000_001));
    Path p = write("huge.jsonl", huge + "\n" + VALID + "\n");
    CliRun run = CliRun.run("validate", "--format", "json", p.toString());
    assertThat(run.exit()).isEqualTo(1);
    List<JsonNode> lines = jsonLines(run);
    JsonNode issue = lines.get(0).get("issues").get(0);
    assertThat(issue.get("code").textValue()).isEqualTo("too_long");
    assertThat(issue.get("path").textValue()).isEqualTo("observation");
    assertThat(issue.get("message").textValue()).contains("longer than 10000000 characters");
    assertThat(lines.get(1).get("valid").booleanValue()).isTrue();
  }

  @Test
  void deepNestingIsAnIssue() throws IOException {
    String deep = "{\"task_id\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
    Path p = write("deep.jsonl", deep + "\n" + VALID + "\n");
    CliRun run = CliRun.run("validate", "--format", "json", p.toString());
    assertThat(run.exit()).isEqualTo(1);
    List<JsonNode> lines = jsonLines(run);
    assertThat(lines.get(0).get("issues").get(0).get("code").textValue()).isEqualTo("too_deep");
    assertThat(lines.get(1).get("valid").booleanValue()).isTrue();
  }

  @Test
  void dashReadsJsonlFromStandardInput() {
    byte[] in = ("\n" + VALID + "\n" + HYPOTHESIS + "\n").getBytes(StandardCharsets.UTF_8);
    CliRun run = CliRun.runWithStdin(in, "validate", "--format", "json", "-");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(jsonLines(run)).extracting(n -> n.get("source").textValue()).containsExactly("-:2", "-:3");
    CliRun ok = CliRun.runWithStdin(in, "validate", "--profile", "exploration", "-");
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).isEqualTo("2 records, 2 valid, 0 invalid\n");
  }

  @Test
  void directoryIsValidatedRecursivelyInSortedOrder() throws IOException {
    write("b/sub/c.json", VALID);
    write("b/a.jsonl", VALID + "\n" + VALID + "\n");
    write("a.json", HYPOTHESIS);
    write("readme.md", "# not a record");
    CliRun run = CliRun.run("validate", "--format", "json", dir.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(jsonLines(run))
        .extracting(n -> n.get("source").textValue())
        .containsExactly(
            dir.resolve("a.json").toString(),
            dir.resolve("b/a.jsonl") + ":1",
            dir.resolve("b/a.jsonl") + ":2",
            dir.resolve("b/sub/c.json").toString());
  }

  @Test
  void shapeAndDepthOptions() throws IOException {
    Path p = write("r.json", VALID);
    CliRun deep = CliRun.run("validate", "--format", "json", "--depth", "3", p.toString());
    assertThat(deep.exit()).isEqualTo(1);
    JsonNode r = jsonLines(deep).get(0);
    assertThat(r.get("shape").textValue()).isEqualTo("deep");
    assertThat(r.get("depth").intValue()).isEqualTo(3);
    assertThat(r.get("issues").findValuesAsText("code")).contains("depth_mismatch");

    CliRun knowledge = CliRun.run("validate", "--format", "json", "--shape", "knowledge", p.toString());
    assertThat(jsonLines(knowledge).get(0).get("shape").textValue()).isEqualTo("knowledge");
    assertThat(knowledge.exit()).isEqualTo(1);

    Path entry = write("k.json", "{\"id\":\"k1\",\"kind\":\"positive\",\"domain\":\"pde\",\"claim\":\"IMEX works\"}");
    assertThat(CliRun.run("validate", entry.toString()).exit()).isZero();
    assertThat(CliRun.run("validate", "--shape", "nk", entry.toString()).exit()).isEqualTo(1);
  }
}
