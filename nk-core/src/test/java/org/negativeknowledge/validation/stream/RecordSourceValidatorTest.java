package org.negativeknowledge.validation.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.IssueCodes;
import org.negativeknowledge.validation.ValidationIssue;
import org.negativeknowledge.validation.ValidationLevel;
import org.negativeknowledge.validation.Validator;

class RecordSourceValidatorTest {
  static final String VALID =
      "{\"task_id\":\"t1\",\"attempted_route\":\"RK4 dt=1e-3\",\"observation\":\"NaN at t=0.4\","
          + "\"failure\":{\"layer\":\"method_failure\",\"scope\":\"local_failure\",\"degree\":\"unstable\","
          + "\"recommended_action\":\"change_method\",\"risk\":\"medium_risk_drift\"},"
          + "\"rationale\":\"stiff term\",\"recommended_alternative\":\"IMEX with dt=1e-3\"}";

  @TempDir Path dir;

  private final RecordSourceValidator sources =
      RecordSourceValidator.of(Validator.of(TaxonomyProfile.core(), ValidationLevel.REFERENCE));
  private final List<RecordResult> results = new ArrayList<>();

  private SourceSummary jsonl(RecordSourceValidator v, byte[] bytes) {
    return v.validateJsonl(new ByteArrayInputStream(bytes), "in", results::add);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static ValidationIssue onlyIssue(RecordResult r) {
    assertThat(r.report().issues()).hasSize(1);
    return r.report().issues().get(0);
  }

  @Test
  void blankLinesAreSkippedButCountedAndCrlfIsAccepted() {
    SourceSummary s = jsonl(sources, utf8("\n" + VALID + "\r\n  \t\r\n" + VALID));
    assertThat(s.records()).isEqualTo(2);
    assertThat(s.valid()).isEqualTo(2);
    assertThat(results).extracting(RecordResult::source).containsExactly("in:2", "in:4");
  }

  @Test
  void malformedLineIsOneInvalidResultAndTheStreamContinues() {
    SourceSummary s = jsonl(sources, utf8(VALID + "\n{\"task_id\": }\n" + VALID + "\n"));
    assertThat(s).isEqualTo(new SourceSummary(3, 2, 1, List.of()));
    ValidationIssue issue = onlyIssue(results.get(1));
    assertThat(issue.code()).isEqualTo(IssueCodes.MALFORMED_JSON);
    assertThat(issue.message()).startsWith("line 2, column 13: ").doesNotContain("REDACTED");
    assertThat(results.get(1).shape()).isEqualTo(RecordShape.DEPTH1);
  }

  @Test
  void twoValuesOnOneLineAreMalformed() {
    jsonl(sources, utf8(VALID + " " + VALID));
    assertThat(onlyIssue(results.get(0)).message()).contains("one record per line");
  }

  @Test
  void invalidUtf8IsReportedWithItsByteOffset() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(utf8("{\"task_id\":\"caf"));
    b.write(0xE9); // Latin-1 e-acute: not UTF-8
    b.writeBytes(utf8("\"}\n" + VALID + "\n"));
    jsonl(sources, b.toByteArray());
    ValidationIssue issue = onlyIssue(results.get(0));
    assertThat(issue.code()).isEqualTo(IssueCodes.INVALID_UTF8);
    assertThat(issue.message()).contains("line 1, byte offset 15").contains("0xe9");
    assertThat(results.get(1).valid()).isTrue();
  }

  @Test
  void aLineBeyondTheLimitIsSkippedToTheNextNewlineWithoutBeingHeld() {
    // 40 MB of one line, produced lazily, then a valid record
    InputStream huge = new InputStream() {
      long left = 40L << 20;
      final byte[] tail = utf8("\n" + VALID + "\n");
      int t;

      @Override
      public int read() {
        if (left > 0) {
          left--;
          return 'a';
        }
        return t < tail.length ? tail[t++] : -1;
      }

      @Override
      public int read(byte[] buf, int off, int len) {
        if (left > 0) {
          int n = (int) Math.min(len, left);
          java.util.Arrays.fill(buf, off, off + n, (byte) 'a');
          left -= n;
          return n;
        }
        if (t >= tail.length) {
          return -1;
        }
        int n = Math.min(len, tail.length - t);
        System.arraycopy(tail, t, buf, off, n);
        t += n;
        return n;
      }
    };
    SourceSummary s = sources.validateJsonl(huge, "in", results::add);
    assertThat(s.records()).isEqualTo(2);
    ValidationIssue issue = onlyIssue(results.get(0));
    assertThat(issue.code()).isEqualTo(IssueCodes.TOO_LONG);
    assertThat(issue.message()).contains("line 1 is " + (40L << 20) + " bytes long");
    assertThat(results.get(1).valid()).isTrue();
    assertThat(results.get(1).source()).isEqualTo("in:2");
  }

  @Test
  void stringsAndNestingBeyondTheLimitsAreIssues() {
    RecordSourceValidator small = sources.withLimits(new SourceLimits(1 << 20, 100, 10));
    String longString = VALID.replace("NaN at t=0.4", "x".repeat(101));
    String deep = "{\"task_id\":" + "[".repeat(20) + "]".repeat(20) + "}";
    jsonl(small, utf8(longString + "\n" + deep + "\n" + VALID));
    ValidationIssue tooLong = onlyIssue(results.get(0));
    assertThat(tooLong.code()).isEqualTo(IssueCodes.TOO_LONG);
    assertThat(tooLong.path()).isEqualTo("observation");
    assertThat(tooLong.message()).contains("longer than 100 characters");
    ValidationIssue tooDeep = onlyIssue(results.get(1));
    assertThat(tooDeep.code()).isEqualTo(IssueCodes.TOO_DEEP);
    assertThat(tooDeep.message()).contains("deeper than 10 levels");
    assertThat(results.get(2).valid()).isTrue();
  }

  @Test
  void defaultLimitsAreTenMillionCharsPerStringAndNesting500() {
    assertThat(SourceLimits.DEFAULT.maxStringLength()).isEqualTo(10_000_000);
    assertThat(SourceLimits.DEFAULT.maxNestingDepth()).isEqualTo(500);
    String nested = "{\"task_id\":" + "[".repeat(499) + "]".repeat(499) + "}";
    jsonl(sources, utf8(nested + "\n" + "[".repeat(600) + "]".repeat(600)));
    assertThat(results.get(0).report().hasCode(IssueCodes.TOO_DEEP)).isFalse();
    assertThat(onlyIssue(results.get(1)).code()).isEqualTo(IssueCodes.TOO_DEEP);
  }

  @Test
  void jsonFileIsOneRecordWithBomAndLineNumbersFromTheFile() throws IOException {
    Path ok = dir.resolve("ok.json");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    b.writeBytes(utf8(VALID.replace(",", ",\n  ")));
    Files.write(ok, b.toByteArray());
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"task_id\": \"t\",\n  oops\n}");
    Path two = dir.resolve("two.json");
    Files.writeString(two, VALID + "\n" + VALID);
    Path array = dir.resolve("array.json");
    Files.writeString(array, "[" + VALID + "]");
    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, "  \n");

    for (Path p : List.of(ok, bad, two, array, empty)) {
      sources.validatePath(p, results::add);
    }
    assertThat(results.get(0).valid()).isTrue();
    assertThat(results.get(0).source()).isEqualTo(ok.toString());
    assertThat(onlyIssue(results.get(1)).message()).startsWith("line 3, column 3: ");
    assertThat(onlyIssue(results.get(2)).message()).contains("use .jsonl for several");
    assertThat(onlyIssue(results.get(3)).code()).isEqualTo(IssueCodes.WRONG_TYPE);
    assertThat(onlyIssue(results.get(4)).code()).isEqualTo(IssueCodes.MALFORMED_JSON);
  }

  @Test
  void directoryIsSearchedRecursivelyInSortedOrderSkippingHiddenAndOtherFiles() throws IOException {
    Files.createDirectories(dir.resolve("b/sub"));
    Files.createDirectories(dir.resolve(".hidden"));
    Files.writeString(dir.resolve("b/sub/z.json"), VALID);
    Files.writeString(dir.resolve("b/a.jsonl"), VALID + "\n" + VALID + "\n");
    Files.writeString(dir.resolve("a.json"), VALID);
    Files.writeString(dir.resolve("notes.txt"), "not a record");
    Files.writeString(dir.resolve(".hidden/x.json"), "broken");
    SourceSummary s = sources.validatePath(dir, results::add);
    assertThat(s).isEqualTo(new SourceSummary(4, 4, 0, List.of()));
    assertThat(results)
        .extracting(RecordResult::source)
        .containsExactly(
            dir.resolve("a.json").toString(),
            dir.resolve("b/a.jsonl") + ":1",
            dir.resolve("b/a.jsonl") + ":2",
            dir.resolve("b/sub/z.json").toString());
  }

  @Test
  void missingPathsAndUnknownExtensionsAreUnreadableNotThrown() throws IOException {
    Files.writeString(dir.resolve("r.txt"), VALID);
    SourceSummary missing = sources.validatePath(dir.resolve("nope.json"), results::add);
    SourceSummary other = sources.validatePath(dir.resolve("r.txt"), results::add);
    assertThat(missing.unreadable()).singleElement().asString().contains("no such file");
    assertThat(other.unreadable()).singleElement().asString().contains("not a .json, .jsonl");
    assertThat(missing.plus(other).allValid()).isFalse();
    assertThat(results).isEmpty();
  }

  @Test
  void shapeAndDepthModes() {
    String knowledge = "{\"id\":\"k1\",\"kind\":\"positive\",\"domain\":\"pde\",\"claim\":\"IMEX works\"}";
    String deep = VALID.replace("{\"task_id\"", "{\"depth\":3,\"task_id\"");
    byte[] in = utf8(knowledge + "\n" + deep + "\n" + VALID);

    jsonl(sources, in);
    assertThat(results).extracting(RecordResult::shape)
        .containsExactly(RecordShape.KNOWLEDGE, RecordShape.DEEP, RecordShape.DEPTH1);
    // a knowledge entry has the depth a bank stores for it (issue 12: one rule for validate and import)
    assertThat(results).extracting(RecordResult::depth).containsExactly(1, 3, 1);
    assertThat(results.get(0).valid()).isTrue();

    results.clear();
    Validator v = Validator.of(TaxonomyProfile.core(), ValidationLevel.REFERENCE);
    jsonl(RecordSourceValidator.of(v, ShapeMode.NK, DepthMode.fixed(2)), in);
    assertThat(results).extracting(RecordResult::shape).containsOnly(RecordShape.DEEP);
    assertThat(results).extracting(RecordResult::depth).containsOnly(2);
    assertThat(results.get(2).report().hasCode(IssueCodes.DEPTH_MISMATCH)).isTrue();

    results.clear();
    jsonl(RecordSourceValidator.of(v, ShapeMode.KNOWLEDGE, DepthMode.auto()), in);
    assertThat(results).extracting(RecordResult::shape).containsOnly(RecordShape.KNOWLEDGE);
    assertThat(results.get(2).report().hasCode(IssueCodes.MISSING_FIELD)).isTrue();
  }

  @Test
  void depthModeParsing() {
    assertThat(DepthMode.parse("auto").isAuto()).isTrue();
    assertThat(DepthMode.parse("3").depth()).isEqualTo(3);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DepthMode.parse("0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(">= 1");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DepthMode.parse("deep"))
        .hasMessageContaining("neither auto nor an integer");
  }

  // ---- the reading boundary (issue 11) -----------------------------------------------------

  @Test
  void duplicateKeysAndLoneSurrogatesAreIssuesOnTheirLine() {
    String dup = VALID.replace("{\"task_id\":\"t1\"", "{\"task_id\":\"002\",\"task_id\":\"evil\"");
    String lone = VALID.replace("NaN at t=0.4", "sh\\ud800ap");
    jsonl(sources, utf8(dup + "\n" + lone + "\n" + VALID));
    ValidationIssue d = onlyIssue(results.get(0));
    assertThat(d.code()).isEqualTo("duplicate_key");
    assertThat(d.path()).isEqualTo("task_id");
    assertThat(d.message()).startsWith("line 1, column ").contains("\"task_id\" appears twice");
    ValidationIssue u = onlyIssue(results.get(1));
    assertThat(u.code()).isEqualTo("invalid_unicode");
    assertThat(u.path()).isEqualTo("observation");
    assertThat(u.message()).startsWith("line 2, column ").contains("lone surrogate \\uD800");
    assertThat(results.get(2).valid()).isTrue();
  }

  @Test
  void recordsSeparatedByCarriageReturnsAloneGetAHint() {
    jsonl(sources, utf8(VALID + "\r" + VALID + "\r"));
    assertThat(results).hasSize(1);
    assertThat(onlyIssue(results.get(0)).message())
        .contains("one record per line")
        .contains("separated by carriage returns alone");
  }
}
