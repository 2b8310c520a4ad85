package org.negativeknowledge.cli.bank;

import org.negativeknowledge.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.record.NkJson;

/** {@code nk bank ...} run in-process against a temporary SQLite bank. */
class BankCommandTest {
  @TempDir Path tmp;


  private CliRun nk(String... args) {
    return CliRun.run(args);
  }

  private CliRun bank(String... args) {
    List<String> all = new ArrayList<>(List.of("bank"));
    all.addAll(List.of(args));
    all.add("--bank");
    all.add(tmp.resolve("b/bank.db").toString());
    return nk(all.toArray(String[]::new));
  }

  private static final String NEG =
      "{\"task_id\":\"t1\",\"attempted_route\":\"pandas read_csv(sep=';')\",\"observation\":\"KeyError 'label'\","
          + "\"failure\":{\"layer\":\"implementation_failure\",\"scope\":\"local_failure\",\"degree\":\"contradicted\","
          + "\"recommended_action\":\"retry\",\"risk\":\"low_risk_omission\"},\"rationale\":\"wrong separator\","
          + "\"recommended_alternative\":\"read_csv(sep=',')\"}";
  private static final String POS = "{\"id\":\"k1\",\"kind\":\"positive\",\"domain\":\"nls\",\"claim\":\"split-step works\"}";

  @Test
  void importStatsGetReviseRetractHistoryExport() throws IOException {
    Path f = tmp.resolve("in.jsonl");
    Files.writeString(f, NEG + "\n\n" + POS + "\n");

    CliRun imp = bank("import", f.toString(), "--domain", "tabular", "--author", "ana");
    assertThat(imp.exit()).as(imp.err()).isZero();
    assertThat(imp.out()).contains("imported 2, unchanged 0, rejected 0");
    assertThat(bank("import", f.toString()).out()).contains("imported 0, unchanged 2, rejected 0");

    CliRun stats = bank("stats");
    assertThat(stats.exit()).isZero();
    assertThat(stats.out())
        .contains("active entries: 2")
        .contains("positive 1")
        .contains("facet distribution")
        .containsPattern("implementation_failure\\s+#+ 1");
    CliRun statsJson = bank("stats", "--format", "json");
    assertThat(NkJson.parseObject(statsJson.out()).at("/by_domain/tabular").asLong()).isEqualTo(1);

    CliRun get = bank("get", "k1", "--format", "json");
    assertThat(get.exit()).isZero();
    var json = NkJson.parseObject(get.out());
    assertThat(json.get("record")).isEqualTo(NkJson.parseObject(POS));
    assertThat(json.get("polarity").asText()).isEqualTo("positive");
    assertThat(bank("get", "k1").out()).contains("k1  revision 1  active").contains("explicit kind");

    Path fixed = tmp.resolve("fixed.json");
    Files.writeString(fixed, "{\"id\":\"k1\",\"kind\":\"positive\",\"domain\":\"nls\",\"claim\":\"split-step works for dt<0.01\"}");
    CliRun rev = bank("revise", "k1", fixed.toString(), "--reason", "regime was missing");
    assertThat(rev.exit()).as(rev.err()).isZero();
    assertThat(rev.out()).contains("revision 2");
    CliRun ret = bank("retract", "k1", "--reason", "contradicted by T_3");
    assertThat(ret.exit()).isZero();
    CliRun hist = bank("history", "k1");
    assertThat(hist.out())
        .contains("3 revision(s)")
        .contains("reason: regime was missing")
        .contains("reason: contradicted by T_3")
        .contains("retracted");

    Path out = tmp.resolve("out/export.jsonl");
    CliRun exp = bank("export", "--output", out.toString());
    assertThat(exp.exit()).isZero();
    assertThat(Files.readString(out)).isEqualTo(NkJson.compact(NkJson.parseObject(NEG)) + "\n");
    CliRun all = bank("export", "--status", "all", "--with-meta");
    assertThat(all.out().lines().count()).isEqualTo(4);
    assertThat(all.out()).contains("\"status\":\"retracted\"").contains("\"record\":{");
  }

  @Test
  void aRejectedLineFailsTheImportWithFileAndLine() throws IOException {
    Path f = tmp.resolve("bad.jsonl");
    Files.writeString(f, NEG + "\n{\"task_id\": oops}\n");
    CliRun r = bank("import", f.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("rejected 1 (nothing written)")
        .contains("  rejected " + f + ":2: line 2, column 13: ")
        .contains("[malformed_json]");
    assertThat(r.err()).contains("--skip-invalid");
    assertThat(bank("stats").out()).contains("active entries: 0");

    CliRun skip = bank("import", f.toString(), "--skip-invalid");
    assertThat(skip.exit()).isEqualTo(1);
    assertThat(skip.out()).contains("imported 1, unchanged 0, rejected 1");
  }

  @Test
  void unknownIdsAndMissingFilesAreUsageErrors() throws IOException {
    Path f = tmp.resolve("in.jsonl");
    Files.writeString(f, POS + "\n");
    assertThat(bank("import", f.toString()).exit()).isZero();
    CliRun get = bank("get", "nope");
    assertThat(get.exit()).isEqualTo(2);
    assertThat(get.err()).contains("this bank has no entry 'nope'");
    CliRun imp = bank("import", tmp.resolve("missing.jsonl").toString());
    assertThat(imp.exit()).isEqualTo(2);
    assertThat(imp.err()).isEqualTo("nk bank import: no such file: " + tmp.resolve("missing.jsonl") + "\n");
    assertThat(imp.out()).isEmpty();
  }

  @Test
  void invalidUtf8IsARejectedLineNotAnAbort() throws IOException {
    Path f = tmp.resolve("latin1.jsonl");
    byte[] bad = (NEG.replace("\"t1\"", "\"caf#\"") + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (int i = 0; i < bad.length; i++) {
      if (bad[i] == '#') {
        bad[i] = (byte) 0xE9;
      }
    }
    Files.write(f, (NEG + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Files.write(f, bad, java.nio.file.StandardOpenOption.APPEND);
    CliRun r = bank("import", f.toString(), "--skip-invalid");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("Input length");
    assertThat(r.out()).contains("imported 1, unchanged 0, rejected 1")
        .contains("  rejected " + f + ":2: line 2, byte offset ")
        .contains("is not valid UTF-8")
        .contains("[invalid_utf8]");
  }

  @Test
  void manyRejectionsAreListedUpToALimitThenCountedByReason() throws IOException {
    Path f = tmp.resolve("empty-objects.jsonl");
    Files.writeString(f, "{}\n".repeat(250) + "{\"task_id\": oops}\n");
    CliRun r = bank("import", f.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines().filter(l -> l.startsWith("  rejected "))).hasSize(100);
    assertThat(r.out()).contains("  ... and 151 more rejections not listed")
        .contains("rejections by reason: not_a_record 250, malformed_json 1");
  }

  @Test
  void aLibpqStyleUrlIsRefusedWithTheJdbcFormAndNoFileNamedLikeIt() throws IOException {
    Path f = tmp.resolve("in.jsonl");
    Files.writeString(f, POS + "\n");
    CliRun r = nk("bank", "import", f.toString(), "--bank", "postgresql://ana:s3cret@127.0.0.1/nkbank");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("jdbc:postgresql://127.0.0.1/nkbank").doesNotContain("s3cret");
    assertThat(Path.of("postgresql:")).doesNotExist();
  }

  @Test
  void passwordsInTheBankUrlAreMasked() {
    CliRun r = nk("bank", "stats", "--bank", "jdbc:postgresql://127.0.0.1:1/x?user=u&password=s3cret");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).doesNotContain("s3cret").contains("password=***");
  }

  @Test
  void readingCommandsOnAMissingBankSayHowToCreateOneAndCreateNothing() throws IOException {
    Path missing = tmp.resolve("nonexistent/x/bank.db");
    List<List<String>> reading =
        List.of(
            List.of("bank", "search", "pandas"), List.of("bank", "stats"), List.of("bank", "get", "k1"),
            List.of("bank", "export"), List.of("bank", "history", "k1"), List.of("bank", "render"),
            List.of("bank", "reindex"), List.of("mcp"));
    java.io.PrintStream stdout = System.out;
    try {
      for (List<String> cmd : reading) {
        List<String> args = new ArrayList<>(cmd);
        args.addAll(List.of("--bank", missing.toString()));
        CliRun r = nk(args.toArray(String[]::new));
        assertThat(r.exit()).as("%s: %s", cmd, r.err()).isEqualTo(2);
        assertThat(r.err()).as("%s", cmd).contains("no bank at " + missing).contains("nk bank import");
        assertThat(tmp.resolve("nonexistent")).as("%s", cmd).doesNotExist();
      }
    } finally {
      System.setOut(stdout); // nk mcp routes System.out to stderr for the protocol's sake
    }
    Path f = tmp.resolve("in.jsonl");
    Files.writeString(f, POS + "\n");
    CliRun imp = nk("bank", "import", f.toString(), "--bank", missing.toString());
    assertThat(imp.exit()).as(imp.err()).isZero();
    assertThat(nk("bank", "stats", "--bank", missing.toString()).out()).contains("active entries: 1");
  }

  @Test
  void reviseWithAStaleExpectedRevisionIsAConflict() throws IOException {
    Path f = tmp.resolve("in.jsonl");
    Files.writeString(f, POS + "\n");
    assertThat(bank("import", f.toString()).exit()).isZero();
    Path first = tmp.resolve("first.json");
    Files.writeString(first, "{\"id\":\"k1\",\"kind\":\"positive\",\"domain\":\"nls\",\"claim\":\"first fix\"}");
    Path second = tmp.resolve("second.json");
    Files.writeString(second, "{\"id\":\"k1\",\"kind\":\"positive\",\"domain\":\"nls\",\"claim\":\"second fix\"}");
    CliRun ok = bank("revise", "k1", first.toString(), "--reason", "fix", "--expected-revision", "1");
    assertThat(ok.exit()).as(ok.err()).isZero();
    CliRun stale = bank("revise", "k1", second.toString(), "--reason", "fix", "--expected-revision", "1");
    assertThat(stale.exit()).isEqualTo(2);
    assertThat(stale.err()).contains("'k1'").contains("revision 2").contains("based on revision 1")
        .contains("--expected-revision 2");
    assertThat(bank("get", "k1").out()).contains("first fix");
  }
}
