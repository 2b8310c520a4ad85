package org.negativeknowledge.cli.repro;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.cli.CliRun;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.testing.PaperData;

class ReproCommandTest {
  @TempDir Path dir;

  @Test
  void theSharedCopyReproducesEveryClaimItCanDecide() {
    CliRun run = CliRun.run("repro", "--data", PaperData.root().toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("section 3: 25 of 39 match; 14 differ because tasks are missing from this data: ")
        .contains("section 4: 20 of 20 match")
        .contains("appendix: 54 of 54 match")
        .contains("S3-08   Table 1 + self-debug (3 rounds)")
        .contains("missing: section3/dispatches/solver: dispatch 005 sonnet_4.6/round2_B0");
  }

  @Test
  void withoutDataTheFolderBesideTheProjectIsUsed() {
    PaperData.root();
    CliRun run = CliRun.run("repro", "--study", "section4");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).endsWith("section 4: 20 of 20 match\n");
  }

  @Test
  void jsonAndMarkdownCarryTheSameResults() {
    String data = PaperData.root().toString();
    CliRun json = CliRun.run("repro", "--data", data, "--study", "appendix", "--format", "json",
        "--recompute-verdicts");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode o = NkJson.parseObject(json.out());
    assertThat(o.get("studies").get(0).get("matching").asInt()).isEqualTo(54);
    assertThat(o.get("verdicts")).hasSize(16);
    CliRun md = CliRun.run("repro", "--data", data, "--study", "section3", "--format", "markdown");
    assertThat(md.exit()).isZero();
    assertThat(md.out()).startsWith("# Claims report").contains("| S3-17 | self-debug memory, median bytes | `4272` | `4272` | match |");
  }

  @Test
  void aChangedRecordExitsOneAndNamesTheClaim() throws IOException {
    copy(PaperData.resolve("section4"), dir.resolve("section4"));
    Path rec = dir.resolve("section4/nk_records/BKdV-S7_deep.json");
    Files.writeString(rec, Files.readString(rec).replace("62.8", "61.8"));
    CliRun run = CliRun.run("repro", "--data", dir.toString(), "--study", "section4");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("section 4: 19 of 20 match; 1 do not match: S4-19");
  }

  @Test
  void usageAndDataErrorsExitTwo() {
    CliRun badStudy = CliRun.run("repro", "--data", dir.toString(), "--study", "section5");
    assertThat(badStudy.exit()).isEqualTo(2);
    assertThat(badStudy.err()).contains("unknown study 'section5': use section3, section4, appendix or all");
    CliRun noData = CliRun.run("repro", "--data", dir.resolve("absent").toString());
    assertThat(noData.exit()).isEqualTo(2);
    assertThat(noData.err()).contains("no such folder");
    CliRun badFormat = CliRun.run("repro", "--format", "html");
    assertThat(badFormat.exit()).isEqualTo(2);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
