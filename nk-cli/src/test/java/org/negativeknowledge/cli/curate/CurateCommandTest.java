package org.negativeknowledge.cli.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.cli.Nk;
import org.negativeknowledge.record.NkJson;
import picocli.CommandLine;

/** {@code nk curate} in-process, with the offline curator (no model, no key). */
class CurateCommandTest {

  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Nk.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
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
    Run run = run("curate", "depth1", "--task-id", "900", "--task-inst-file", inst.toString(),
        "--round-dir", r.toString(), "--output", out.toString(), "--offline", "--accept-issues");
    assertThat(run.code()).as(run.err()).isIn(0, 1);
    assertThat(NkJson.parseObject(Files.readString(out)).path("task_id").asText()).isEqualTo("900");
    assertThat(run.out()).contains("wrote " + out);
  }

  @Test
  void deepNeedsTwoRounds() throws Exception {
    Path r = round(tmp.resolve("r1"), 1);
    Path inst = Files.writeString(tmp.resolve("inst.txt"), "plain text instruction");
    Run run = run("curate", "deep", "--task-id", "1", "--task-inst-file", inst.toString(),
        "--round-dir", r.toString(), "--output", tmp.resolve("d.json").toString(), "--offline");
    assertThat(run.code()).isEqualTo(2);
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
    Run first = run("curate", "batch", "--runs", runs.toString(), "--jobs", "2", "--offline", "--accept-issues");
    assertThat(first.out()).as(first.err()).contains("failed rounds 2:").contains("skipped (already done) 0");
    assertThat(runs.resolve("task_001/round1/nk_record.json")).exists();
    assertThat(runs.resolve("task_003/round1/nk_record.json")).doesNotExist();
    Run second = run("curate", "batch", "--runs", runs.toString(), "--offline");
    assertThat(second.out()).contains("written 0").contains("skipped (already done) 2");
  }
}
