package org.negativeknowledge.cli.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.app.operation.Operations;
import org.negativeknowledge.cli.CliRun;
import org.negativeknowledge.record.NkJson;

/**
 * A search filter described once reaches every front end: the {@code curator} filter, added to the
 * domain code and to its one description, is a command-line option, an HTTP query parameter and an
 * MCP tool argument without any of them being edited.
 */
class CuratorFilterEverywhereTest {
  @TempDir Path dir;

  @Test
  void theCuratorFilterIsAnOptionAnArgumentAndAToolParameter() throws Exception {
    Path bank = dir.resolve("bank.db");
    Files.writeString(dir.resolve("plain.jsonl"), "{\"id\":\"kb-plain\",\"kind\":\"negative\",\"task_id\":\"T1\","
        + "\"attempted_route\":\"import shap for feature importance\",\"observation\":\"no module\",\"failure\":{}}\n");
    assertThat(CliRun.run("bank", "import", dir.resolve("plain.jsonl").toString(), "--bank", bank.toString()).exit()).isZero();
    Path round = Files.createDirectories(dir.resolve("round1"));
    Files.writeString(round.resolve("candidate.py"), "import shap\n");
    Files.writeString(round.resolve("exec.log"), "Traceback (most recent call last):\n  File \"candidate.py\", line 1,"
        + " in <module>\nModuleNotFoundError: No module named 'shap'\nexit code 1\n");
    Files.writeString(round.resolve("reasoning.md"), "explain with shap\n");
    Path inst = Files.writeString(dir.resolve("task.txt"), "Explain the model with shap.");
    CliRun curated = CliRun.run("curate", "depth1", "--task-id", "T2", "--task-inst-file", inst.toString(), "--round-dir",
        round.toString(), "--output", dir.resolve("rec.json").toString(), "--offline", "--accept-issues", "--bank", bank.toString());
    assertThat(curated.exit()).as(curated.err()).isIn(0, 1);

    JsonNode all = NkJson.parseObject(CliRun.run("bank", "search", "shap", "--bank", bank.toString(), "--format", "json").out());
    assertThat(all.path("total").asInt()).isEqualTo(2);
    CliRun offline = CliRun.run("bank", "search", "shap", "--curator", "offline", "--bank", bank.toString(), "--format", "json");
    assertThat(offline.exit()).as(offline.err()).isZero();
    List<String> tasks = new java.util.ArrayList<>();
    NkJson.parseObject(offline.out()).path("hits").forEach(h -> tasks.add(h.path("task_id").asText()));
    assertThat(tasks).containsExactly("T2");
    CliRun bad = CliRun.run("bank", "search", "shap", "--curator", "human", "--bank", bank.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("curator").contains("offline, llm");

    // The HTTP API and the MCP tools answer through JsonApi, which parses arguments with the same
    // description; the MCP tool's schema is derived from it.
    try (var app = org.negativeknowledge.app.NkApp.over(org.negativeknowledge.bank.Bank.openExisting(bank.toString()),
        org.negativeknowledge.taxonomy.TaxonomyProfile.exploration(),
        org.negativeknowledge.app.curate.CuratorChoice.offline(org.negativeknowledge.taxonomy.TaxonomyProfile.core()))) {
      var api = new org.negativeknowledge.app.api.JsonApi(app, org.negativeknowledge.app.files.FileAccess.none());
      JsonNode viaApi = api.search(NkJson.parseObject("{\"query\":\"shap\",\"curator\":\"offline\"}"));
      assertThat(viaApi.path("hits")).singleElement().satisfies(h -> assertThat(h.path("task_id").asText()).isEqualTo("T2"));
    }
    var search = Operations.SEARCH;
    assertThat(search.param("curator")).isPresent();
    JsonNode schema = search.jsonSchema().path("properties").path("curator");
    assertThat(schema.path("enum").toString()).isEqualTo("[\"offline\",\"llm\"]");
  }
}
