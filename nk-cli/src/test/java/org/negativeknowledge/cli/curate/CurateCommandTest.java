package org.negativeknowledge.cli.curate;

import org.negativeknowledge.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.record.NkJson;

/** {@code nk curate} in-process, with the offline curator (no model, no key). */
class CurateCommandTest {

  @TempDir Path tmp;


  static CliRun run(String... args) {
    return CliRun.run(args);
  }

  Path round(Path dir, int exit) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("candidate.py"), "import shap\n");
    Files.writeString(dir.resolve("exec.log"), "exit_code=" + exit + "\n--- stderr ---\nTraceback (most recent call last):\n"
        + "  File \"candidate.py\", line 1, in <module>\nModuleNotFoundError: No module named 'shap'\n");
    Files.writeString(dir.resolve("reasoning.md"), "Use shap.TreeExplainer on a RandomForestRegressor.\n");
    return dir;
  }

  @Test
  void depth1OfflineWritesTheRecordAndTheAudit() throws Exception {
    Path r = round(tmp.resolve("task_900/round1"), 1);
    Path inst = tmp.resolve("task.json");
    Files.writeString(inst, "{\"task_inst\": \"Select 20 features with SHAP.\"}");
    Path out = tmp.resolve("out/rec.json");
    CliRun run = run("curate", "depth1", "--task-id", "900", "--task-inst-file", inst.toString(),
        "--round-dir", r.toString(), "--output", out.toString(), "--offline", "--accept-issues");
    assertThat(run.exit()).as(run.err()).isIn(0, 1);
    assertThat(NkJson.parseObject(Files.readString(out)).path("task_id").asText()).isEqualTo("900");
    assertThat(run.out()).contains("wrote " + out);
  }

  @Test
  void anOfflineCurationKeepsItsProvenanceInTheBank() throws Exception {
    // Issue 10: the offline curation's input hashes and curator used to be lost on the way to the bank.
    Path r = round(tmp.resolve("task_901/round1"), 1);
    Path inst = Files.writeString(tmp.resolve("inst.txt"), "Select 20 features with SHAP.");
    Path bank = tmp.resolve("bank.db");
    CliRun run = run("curate", "depth1", "--task-id", "901", "--task-inst-file", inst.toString(),
        "--round-dir", r.toString(), "--output", tmp.resolve("rec.json").toString(), "--offline", "--accept-issues",
        "--bank", bank.toString(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isIn(0, 1);
    var view = NkJson.parseObject(run.out());
    String id = view.path("stored").path("id").asText();
    assertThat(view.path("provenance").path("curator").asText()).isEqualTo("offline");
    var entry = NkJson.parseObject(run("bank", "get", id, "--bank", bank.toString(), "--format", "json").out());
    var prov = entry.path("provenance");
    assertThat(prov.path("author").asText()).isEqualTo("nk-curator:offline");
    assertThat(prov.path("curator").asText()).isEqualTo("offline");
    assertThat(prov.path("input_hashes").size()).isEqualTo(3);
    assertThat(prov.path("input_hashes").path("round1_exec_log").asText()).hasSize(64);
    assertThat(entry.path("signature_key").asText()).isEqualTo("ModuleNotFoundError: No module named 'shap'");
  }

  @Test
  void deepNeedsTwoRounds() throws Exception {
    Path r = round(tmp.resolve("r1"), 1);
    Path inst = Files.writeString(tmp.resolve("inst.txt"), "plain text instruction");
    CliRun run = run("curate", "deep", "--task-id", "1", "--task-inst-file", inst.toString(),
        "--round-dir", r.toString(), "--output", tmp.resolve("d.json").toString(), "--offline");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("at least twice");
    assertThat(tmp.resolve("d.json")).doesNotExist();
  }

  @Test
  void batchCuratesFailedRoundsAndResumes() throws Exception {
    Path runs = tmp.resolve("runs");
    round(runs.resolve("task_001/round1"), 1);
    round(runs.resolve("task_002/round1"), 2);
    Path passed = round(runs.resolve("task_003/round1"), 0);
    Files.writeString(passed.resolve("eval.log"), "exit_code=0\n--- stdout ---\n(1, 'ok')\n");
    CliRun first = run("curate", "batch", "--runs", runs.toString(), "--jobs", "2", "--offline", "--accept-issues");
    assertThat(first.out()).as(first.err()).contains("failed rounds 2:").contains("skipped (already done) 0");
    assertThat(runs.resolve("task_001/round1/nk_record.json")).exists();
    assertThat(runs.resolve("task_003/round1/nk_record.json")).doesNotExist();
    CliRun second = run("curate", "batch", "--runs", runs.toString(), "--offline");
    assertThat(second.out()).contains("written 0").contains("skipped (already done) 2");
  }

  @Test
  void batchWithOutLeavesTheRunsTreeUntouchedAndNamesEachRoundInTheBankLines() throws Exception {
    Path runs = tmp.resolve("runs");
    round(runs.resolve("task_001/round1"), 1);
    round(runs.resolve("task_002/round1"), 2);
    Path out = tmp.resolve("records");
    Path bank = tmp.resolve("bank.db");
    CliRun r = run("curate", "batch", "--runs", runs.toString(), "--out", out.toString(), "--offline",
        "--accept-issues", "--bank", bank.toString());
    assertThat(r.out()).as(r.err()).contains("failed rounds 2:");
    assertThat(out.resolve("task_001/round1/nk_record.json")).exists();
    assertThat(out.resolve("task_002/round1/nk_audit.json")).exists();
    assertThat(runs.resolve("task_001/round1/nk_record.json")).doesNotExist();
    assertThat(runs.resolve("task_001/round1/nk_audit.json")).doesNotExist();
    assertThat(r.err()).contains(out.resolve("task_001/round1/nk_record.json") + ": added to bank: imported 1")
        .contains(out.resolve("task_002/round1/nk_record.json") + ": added to bank: imported 1");
    CliRun again = run("curate", "batch", "--runs", runs.toString(), "--out", out.toString(), "--offline");
    assertThat(again.out()).contains("skipped (already done) 2");
  }
}
