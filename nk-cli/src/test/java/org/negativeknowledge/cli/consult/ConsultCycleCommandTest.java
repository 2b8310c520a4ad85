package org.negativeknowledge.cli.consult;

import org.negativeknowledge.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.testing.PaperData;

/** The consultation cycle through the {@code nk} command, in-process, on a temporary SQLite bank. */
class ConsultCycleCommandTest {
  @TempDir Path tmp;


  private CliRun nk(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--bank");
    all.add(tmp.resolve("b/bank.db").toString());
    return CliRun.run(all.toArray(String[]::new));
  }

  private static final String ENTRIES =
      "{\"id\":\"kb-euler-central\",\"kind\":\"negative\",\"domain\":\"burgers\",\"attempted_route\":\"forward Euler with central differences for the shock\",\"observation\":\"Gibbs oscillations\"}\n"
          + "{\"id\":\"kb-muscl\",\"kind\":\"positive\",\"domain\":\"burgers\",\"claim\":\"MUSCL Godunov captures the shock\"}\n";

  @Test
  void consultProposeRefusedDecideProposeFindingStats() throws IOException {
    Path in = tmp.resolve("entries.jsonl");
    Files.writeString(in, ENTRIES);
    assertThat(nk("bank", "import", in.toString()).exit()).isZero();

    CliRun consult = nk("consult", "--task", "T1", "--context", "shock with MUSCL Godunov or Euler central differences",
        "--domain", "burgers", "--format", "json");
    assertThat(consult.exit()).as(consult.err()).isZero();
    ObjectNode k = NkJson.parseObject(consult.out());
    String cid = k.get("consultation_id").asText();
    List<String> ids = new ArrayList<>();
    k.get("surfaced").forEach(s -> ids.add(s.get("entry_id").asText()));
    assertThat(ids).containsExactlyInAnyOrder("kb-euler-central", "kb-muscl");

    CliRun refused = nk("propose", cid, "--method", "MUSCL Godunov with a van Leer limiter");
    assertThat(refused.exit()).isEqualTo(3);
    assertThat(refused.err()).contains("kb-euler-central").contains("kb-muscl").contains("nk decide " + cid);

    assertThat(nk("decide", cid, "kb-muscl", "adopt", "--reason", "proven shock baseline").exit()).isZero();
    CliRun rej = nk("decide", cid, "kb-euler-central", "reject", "--reason", "we do not use central differences");
    assertThat(rej.exit()).isZero();
    assertThat(rej.out()).contains("reject kb-euler-central (revision 1)");

    CliRun proposed = nk("propose", cid, "--method", "MUSCL Godunov with a van Leer limiter");
    assertThat(proposed.exit()).as(proposed.err()).isZero();
    Matcher m = Pattern.compile("experiment (e-[0-9a-f]+)").matcher(proposed.out());
    assertThat(m.find()).isTrue();
    String eid = m.group(1);
    assertThat(proposed.out()).contains("\"cites_bank\" : [ \"kb-muscl\" ]").contains("\"rejects_bank\" : [ \"kb-euler-central\" ]");

    Path diag = tmp.resolve("diag.json");
    Files.writeString(diag, "{\"l1_error\": 0.41}");
    CliRun finding = nk("finding", eid, "failure", "--diagnostics", diag.toString(), "--note", "oscillates");
    assertThat(finding.exit()).as(finding.err()).isZero();
    assertThat(finding.out()).contains("kb-muscl: adopted 1, then success 0, partial 0, failure 1");

    CliRun stats = nk("bank", "stats", "--usefulness");
    assertThat(stats.exit()).isZero();
    assertThat(stats.out()).containsPattern("1\\s+1\\s+0\\s+0\\s+0\\s+1\\s+kb-muscl");
    JsonNode json = NkJson.mapper().readTree(nk("bank", "stats", "--usefulness", "--format", "json").out());
    assertThat(json.path("entries")).anySatisfy(u -> {
      assertThat(u.get("entry_id").asText()).isEqualTo("kb-euler-central");
      assertThat(u.get("rejected").asInt()).isEqualTo(1);
    });

    CliRun route = nk("check-route", "forward Euler with central differences for the shock");
    assertThat(route.exit()).isEqualTo(1);
    assertThat(route.out()).contains("negative_entry").contains("kb-euler-central").contains("why: same technique");
    assertThat(nk("check-route", "spectral element entropy viscosity").exit()).isZero();
    CliRun again = nk("check-route", "MUSCL Godunov with a van Leer limiter", "--task", "T1");
    assertThat(again.out()).contains("discarded_experiment").contains(eid);

    Path graph = tmp.resolve("research_state.jsonl");
    CliRun export = nk("graph", "export", "--task", "T1", "--output", graph.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    List<String> types = Files.readAllLines(graph).stream().map(l -> NkJson.parseObject(l).get("node_type").asText()).toList();
    assertThat(types).containsExactly("Question", "Decision", "Decision", "Experiment", "Finding");
    // Without -o the graph goes to stdout; an existing -o file is not overwritten without --force.
    CliRun toStdout = nk("graph", "export", "--task", "T1");
    assertThat(toStdout.exit()).as(toStdout.err()).isZero();
    assertThat(toStdout.out().lines().toList()).hasSize(5);
    assertThat(tmp.resolve("b/research_state.jsonl")).doesNotExist();
    CliRun again2 = nk("graph", "export", "--task", "T1", "--output", graph.toString());
    assertThat(again2.exit()).isEqualTo(2);
    assertThat(again2.err()).contains("nk graph export: ").contains("--force");
    assertThat(nk("graph", "export", "--task", "T1", "--output", graph.toString(), "--force").exit()).isZero();
  }

  @Test
  void aMissingFileIsNamedAsSuchWithTheFullCommandName() {
    CliRun r = nk("graph", "import", tmp.resolve("nope.jsonl").toString(), "--session", "s");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("nk graph import: no such file: ").contains("nope.jsonl");
    CliRun revise = nk("bank", "revise", "some-id", tmp.resolve("nope.json").toString(), "--reason", "fix");
    assertThat(revise.exit()).isEqualTo(2);
    assertThat(revise.err()).startsWith("nk bank revise: no such file: ");
  }

  @Test
  void aStrictProposalOnADeadEndIsRefusedWithExitThree() throws IOException {
    Path in = tmp.resolve("entries.jsonl");
    Files.writeString(in, ENTRIES);
    nk("bank", "import", in.toString());
    String cid = NkJson.parseObject(nk("consult", "--task", "T2", "--context", "Euler central differences shock MUSCL",
        "--format", "json").out()).get("consultation_id").asText();
    nk("decide", cid, "kb-muscl", "adopt", "--reason", "ok");
    nk("decide", cid, "kb-euler-central", "adopt", "--reason", "we think it applies");
    CliRun strict = nk("propose", cid, "--method", "forward Euler with central differences for the shock", "--strict");
    assertThat(strict.exit()).isEqualTo(3);
    assertThat(strict.err()).contains("ruled-out route").contains("kb-euler-central");
    CliRun warned = nk("propose", cid, "--method", "forward Euler with central differences for the shock");
    assertThat(warned.exit()).isZero();
    assertThat(warned.err()).contains("warning: the route matches negative_entry kb-euler-central").contains("why: same technique");
  }

  @Test
  void aFailedExperimentIsCuratedOfflineIntoTheBank() throws IOException {
    Path in = tmp.resolve("entries.jsonl");
    Files.writeString(in, ENTRIES);
    nk("bank", "import", in.toString());
    String cid = NkJson.parseObject(nk("consult", "--task", "T3", "--context", "shock MUSCL Euler", "--format", "json").out())
        .get("consultation_id").asText();
    nk("decide", cid, "kb-muscl", "adopt", "--reason", "ok");
    nk("decide", cid, "kb-euler-central", "reject", "--reason", "no");
    CliRun p = nk("propose", cid, "--method", "MUSCL Godunov");
    Matcher m = Pattern.compile("experiment (e-[0-9a-f]+)").matcher(p.out());
    assertThat(m.find()).isTrue();
    Path round = tmp.resolve("round1");
    Files.createDirectories(round);
    Files.writeString(round.resolve("candidate.py"), "import numpy as np\nu = np.zeros(10)\nprint(u[20])\n");
    Files.writeString(round.resolve("exec.log"), "Traceback (most recent call last):\n  File \"candidate.py\", line 3, in <module>\n    print(u[20])\nIndexError: index 20 is out of bounds for axis 0 with size 10\nexit code: 1\n");
    Files.writeString(round.resolve("reasoning.md"), "Try MUSCL Godunov on the shock.\n");
    if (System.getenv("ANTHROPIC_API_KEY") == null) {
      // Without a key the model curator cannot run: nothing is recorded, and the message names
      // --offline; the same command with --offline then closes the experiment.
      CliRun noKey = nk("finding", m.group(1), "failure", "--curate", "--round-dir", round.toString());
      assertThat(noKey.exit()).isEqualTo(2);
      assertThat(noKey.err()).contains("add --offline").contains("the experiment is still open");
    }
    CliRun f = nk("finding", m.group(1), "failure", "--curate", "--round-dir", round.toString(), "--offline");
    assertThat(f.exit()).as(f.err() + f.out()).isZero();
    assertThat(f.out()).contains("curated").contains("imported 1");
    assertThat(nk("bank", "stats").out()).contains("active entries: 3");
  }

  @Test
  void importResultsTwiceAddsNothingAndReplayReportsRepeats() {
    Path car = PaperData.autoresearchRuns().resolve("car-prices-xgboost.tsv");
    CliRun first = nk("import-results", car.toString(), "--domain", "tabular");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("imported 39, unchanged 0").contains("31 negative, 8 positive");
    assertThat(nk("import-results", car.toString(), "--domain", "tabular").out()).contains("imported 0, unchanged 39");
    CliRun replay = nk("import-results", car.toString(), "--replay");
    assertThat(replay.exit()).isEqualTo(1);
    assertThat(replay.out()).contains("line 15 (discard) reg_alpha=0.1 reg_lambda=1.5").contains("already ruled out at line 11")
        .contains("why: same setting `reg_alpha` = 0.1; same setting `reg_lambda` = 1.5 (discarded at line 11)");
  }

  @Test
  void importResultsAttachesTheDiffsOfARealGitRepository() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    git(repo, "init", "-q");
    Files.writeString(repo.resolve("train.py"), "lr = 3e-4\n");
    git(repo, "add", "train.py");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "baseline");
    String base = git(repo, "rev-parse", "--short=7", "HEAD");
    Files.writeString(repo.resolve("train.py"), "lr = 1e-2\n");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-am", "raise lr");
    String raised = git(repo, "rev-parse", "--short=7", "HEAD");
    Path log = tmp.resolve("results.tsv");
    Files.writeString(log, "commit\tval_loss\tstatus\tdescription\n" + base + "\t1.50\tkeep\tbaseline\n"
        + raised + "\t1.90\tdiscard\traise learning rate to 1e-2\n");

    CliRun r = nk("import-results", log.toString(), "--git-repo", repo.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 diffs attached");
    String exported = nk("bank", "export").out();
    assertThat(exported).contains("-lr = 3e-4").contains("+lr = 1e-2");

    CliRun missing = CliRun.run("import-results", log.toString(), "--git-repo", tmp.resolve("nonexistent").toString(),
        "--bank", tmp.resolve("other.db").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no such folder").contains("nonexistent");
    assertThat(tmp.resolve("other.db")).doesNotExist();
    CliRun notGit = CliRun.run("import-results", log.toString(), "--git-repo", tmp.toString(),
        "--bank", tmp.resolve("other.db").toString());
    assertThat(notGit.exit()).isEqualTo(2);
    assertThat(notGit.err()).contains("not a git repository");
  }

  private static String git(Path repo, String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }

  @Test
  void graphImportOfAPaperSessionPrintsBankUse() {
    Path f = PaperData.resolve("section4/stage2/T_A/PosNeg/research_state.jsonl");
    CliRun r = nk("graph", "import", f.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("stage2/T_A/PosNeg: 11 nodes").contains("kb-kdv-IFRK4-blowup");
    Path back = tmp.resolve("back.jsonl");
    assertThat(nk("graph", "export", "--session", "stage2/T_A/PosNeg", "-o", back.toString()).exit()).isZero();
  }
}
