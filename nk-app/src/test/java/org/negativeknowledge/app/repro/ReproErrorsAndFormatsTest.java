package org.negativeknowledge.app.repro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.app.repro.report.JsonReport;
import org.negativeknowledge.app.repro.report.MarkdownReport;
import org.negativeknowledge.app.repro.report.TextReport;
import org.negativeknowledge.testing.PaperData;

class ReproErrorsAndFormatsTest {
  @TempDir Path dir;

  @Test
  void aFolderThatIsNotThePapersDataIsRefusedWithTheFix() {
    assertThatThrownBy(() -> Repro.run(dir.resolve("nope"), Study.ALL))
        .isInstanceOf(ReproException.class).hasMessageContaining("no such folder");
    assertThatThrownBy(() -> Repro.run(dir, Study.SECTION4))
        .isInstanceOf(ReproException.class)
        .hasMessageContaining("holds no [section4] folder")
        .hasMessageContaining("the one holding section3/, section4/ and appendix/");
  }

  @Test
  void aMalformedFileIsNamedWithLineAndColumn() throws Exception {
    Path list = dir.resolve("section4/verified_results.json");
    Files.createDirectories(list.getParent());
    Files.writeString(list, "[{\"task\": \"T_A\",\n \"cond\" \"NoKB\"}]");
    assertThatThrownBy(() -> Repro.run(dir, Study.SECTION4))
        .isInstanceOf(ReproException.class)
        .hasMessageContaining("section4/verified_results.json: malformed JSON at line 2");
  }

  @Test
  void missingFilesMakeClaimsUndecidableNotWrong() throws Exception {
    Files.createDirectories(dir.resolve("section4/nk_records"));
    ReproReport r = Repro.run(dir, Study.SECTION4);
    assertThat(r.result("S4-05").orElseThrow().outcome()).isEqualTo(Outcome.NOT_DECIDABLE);
    assertThat(r.result("S4-05").orElseThrow().missing()).singleElement()
        .satisfies(m -> assertThat(m.file()).isEqualTo("section4/banks/bank_all.jsonl"));
    assertThat(r.result("S4-02").orElseThrow().outcome()).isEqualTo(Outcome.MISMATCH);
    assertThat(r.studies().get(0).summaryLine())
        .contains("because files are missing from this data: section4/banks/bank_all.jsonl");
  }

  @Test
  void theThreeFormatsCarryEveryClaim() throws Exception {
    ReproReport r = Repro.run(PaperData.root(), Study.ALL);
    JsonNode json = JsonReport.toJson(r);
    assertThat(json.get("reproduced").booleanValue()).isTrue();
    JsonNode s3 = json.get("studies").get(0);
    assertThat(s3.get("claims")).hasSize(39);
    JsonNode first = s3.get("claims").get(0);
    assertThat(first.get("paper").isIntegralNumber()).isTrue();
    assertThat(s3.get("claims").get(4).get("paper").textValue()).isEqualTo("12/38");
    JsonNode holdOut = s3.get("claims").get(7);
    assertThat(holdOut.get("result").textValue()).isEqualTo("not_decidable");
    assertThat(holdOut.get("missing").get(0).get("task").textValue()).isNotBlank();

    String md = MarkdownReport.render(r, LocalDate.of(2026, 1, 2));
    assertThat(md).contains("| S3-05 | Table 1 base | `\"12/38\"` | `\"12/38\"` | match |")
        .contains("- section 3: 25 of 39 match; 14 differ")
        .contains("## Cross-checks");

    String text = TextReport.render(r);
    assertThat(text).contains("S3-01   pilot task count").contains("appendix: 54 of 54 match\n");
    assertThat(text.lines().filter(l -> l.matches("(S3|S4|AP)-\\d\\d  .*")).count()).isEqualTo(113);
    assertThat(text.lines().filter(l -> l.matches("(S3|S4|AP)-\\d\\d  .*")).mapToInt(String::length).max()
        .orElse(0)).isLessThanOrEqualTo(160);
  }
}
