package org.negativeknowledge.cli.loop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.cli.CliRun;
import org.negativeknowledge.record.NkJson;

/** {@code nk loop run} and {@code nk loop report} on the example tasks, and their usage errors. */
class LoopCommandTest {
  @TempDir Path tmp;

  static Path examples() {
    Path d = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && d != null; i++, d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("examples/loop/revenue/task.json"))) {
        return d.resolve("examples/loop");
      }
    }
    Assumptions.abort("skipped: examples/loop not found above the working directory");
    return null;
  }

  static void assumePython() throws Exception {
    boolean ok;
    try {
      Process p = new ProcessBuilder("python3", "-c", "1").start();
      ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (java.io.IOException e) {
      ok = false;
    }
    Assumptions.assumeTrue(ok, "skipped: python3 is not on the PATH; the example tasks are Python");
  }

  @Test
  void runsTheExamplesOfflineWithTheScriptedSolverAndReportsAgain() throws Exception {
    assumePython();
    Path run = tmp.resolve("run");
    String solver = "command:python3 " + examples().resolve("scripted/solver.py");
    CliRun r = CliRun.run("loop", "run", examples().toString(), "--offline", "--solver", solver,
        "--conditions", "base,nk1:2,bank:2", "--out", run.toString(), "--chart", "always");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("condition  rounds  passed").containsPattern("(?m)^base +1 +0/3 +0\\.0 ")
        .containsPattern("(?m)^nk1 +2 +3/3 +100\\.0 ").containsPattern("(?m)^bank +2 +3/3 +100\\.0 ")
        .contains("pass rate (█ passed");
    CliRun again = CliRun.run("loop", "report", run.toString(), "--format", "json");
    assertThat(again.exit()).isZero();
    JsonNode json = NkJson.parseObject(again.out());
    assertThat(json.path("conditions").get(1).path("condition").asText()).isEqualTo("nk1");
    assertThat(json.path("conditions").get(1).path("passed").asInt()).isEqualTo(3);
    assertThat(json.path("conditions").get(1).path("per_round").get(0).path("step").asText()).isEqualTo("nk1/round2");
    CliRun twice = CliRun.run("loop", "run", examples().toString(), "--offline", "--solver", solver,
        "--conditions", "base,nk1:2,bank:2", "--out", run.toString());
    assertThat(twice.exit()).isEqualTo(2);
    assertThat(twice.err()).contains("already holds a run (run.json): pass --resume");
    CliRun resumed = CliRun.run("loop", "run", examples().toString(), "--offline", "--solver", solver,
        "--conditions", "base,nk1:2,bank:2", "--out", run.toString(), "--resume", "--chart", "never");
    assertThat(resumed.exit()).isZero();
    assertThat(resumed.out()).doesNotContain("pass rate (");
    CliRun imported = CliRun.run("import-results", run.resolve("results.tsv").toString(), "--bank",
        tmp.resolve("imported.db").toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("results.tsv: imported");
  }

  @Test
  void usageErrorsAreExitTwoWithTheFix() throws Exception {
    Path run = tmp.resolve("run");
    CliRun both = CliRun.run("loop", "run", examples().toString(), "--offline", "--curator", "model", "--out", run.toString());
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("--offline and --curator model contradict each other");
    CliRun cond = CliRun.run("loop", "run", examples().toString(), "--conditions", "base,nk9", "--out", run.toString());
    assertThat(cond.exit()).isEqualTo(2);
    assertThat(cond.err()).contains("unknown condition 'nk9'");
    CliRun exec = CliRun.run("loop", "run", examples().toString(), "--executor", "docker", "--out", run.toString());
    assertThat(exec.exit()).isEqualTo(2);
    assertThat(exec.err()).contains("--executor: 'docker': use local or replay:DIR");
    CliRun notRun = CliRun.run("loop", "report", tmp.toString());
    assertThat(notRun.exit()).isEqualTo(2);
    assertThat(notRun.err()).contains("not a run folder (no run.json)");
    CliRun badTask = CliRun.run("loop", "run", tmp.resolve("nowhere").toString(), "--offline", "--out", run.toString());
    assertThat(badTask.exit()).isEqualTo(2);
    assertThat(badTask.err()).contains("no such task file or folder");
  }

  @Test
  void theTaskSchemaIsPrinted() {
    CliRun r = CliRun.run("schema", "--shape", "task");
    assertThat(r.exit()).isZero();
    JsonNode schema = NkJson.parseObject(r.out());
    assertThat(schema.path("title").asText()).isEqualTo("nk loop task");
    assertThat(schema.path("properties").has("time_limit_sec")).isTrue();
  }
}
