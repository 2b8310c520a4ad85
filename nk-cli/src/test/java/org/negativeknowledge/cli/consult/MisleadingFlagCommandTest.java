package org.negativeknowledge.cli.consult;

import org.negativeknowledge.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.record.NkJson;

/**
 * An entry adopted and followed by failure twice is flagged "possibly misleading" in
 * {@code nk bank search}, {@code nk bank render} and {@code nk bank stats}, and only then.
 */
class MisleadingFlagCommandTest {
  @TempDir Path tmp;


  private CliRun nk(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--bank");
    all.add(tmp.resolve("bank.db").toString());
    return CliRun.run(all.toArray(String[]::new));
  }

  private void adoptThenFail(String entry) {
    CliRun consult = nk("consult", "--task", "T", "--context", "crank nicolson spectral scheme", "--format", "json");
    assertThat(consult.exit()).as(consult.err()).isZero();
    String cid = NkJson.parseObject(consult.out()).get("consultation_id").asText();
    assertThat(nk("decide", cid, entry, "adopt", "--reason", "looks applicable").exit()).isZero();
    CliRun proposed = nk("propose", cid, "--method", "Crank-Nicolson with the spectral derivative");
    Matcher m = Pattern.compile("experiment (e-[0-9a-f]+)").matcher(proposed.out());
    assertThat(m.find()).as(proposed.out() + proposed.err()).isTrue();
    assertThat(nk("finding", m.group(1), "failure", "--note", "blew up").exit()).isZero();
  }

  @Test
  void flagShowsInSearchRenderAndStatsAfterTwoAdoptedFailures() throws Exception {
    Path in = tmp.resolve("entry.jsonl");
    Files.writeString(in, "{\"id\":\"kb-cn\",\"kind\":\"positive\",\"domain\":\"kdv\","
        + "\"claim\":\"Crank-Nicolson with a spectral derivative is stable for any step\"}\n");
    assertThat(nk("bank", "import", in.toString()).exit()).isZero();

    adoptThenFail("kb-cn");
    assertThat(nk("bank", "search", "crank", "nicolson").out()).doesNotContain("possibly misleading");

    adoptThenFail("kb-cn");
    CliRun search = nk("bank", "search", "crank", "nicolson");
    assertThat(search.out()).contains("kb-cn").contains("!! possibly misleading");
    CliRun json = nk("bank", "search", "crank", "--format", "json");
    assertThat(NkJson.parseObject(json.out()).path("hits").get(0).get("flags").get(0).asText()).startsWith("possibly misleading (adopted then failed 2x");
    assertThat(nk("bank", "render", "--query", "crank nicolson").out()).contains("possibly misleading");
    assertThat(nk("bank", "stats").out()).contains("!! possibly misleading: kb-cn");
    assertThat(NkJson.parseObject(nk("bank", "stats", "--format", "json").out()).get("possibly_misleading").get(0).asText())
        .isEqualTo("kb-cn");
  }
}
