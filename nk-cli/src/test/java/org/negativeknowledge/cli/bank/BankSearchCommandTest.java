package org.negativeknowledge.cli.bank;

import org.negativeknowledge.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.record.NkJson;

/** {@code nk bank search | render | reindex} run in-process against a temporary SQLite bank. */
class BankSearchCommandTest {
  @TempDir Path tmp;


  private static final String SHAP =
      "{\"task_id\":\"002\",\"attempted_route\":\"shap.TreeExplainer on a RandomForestRegressor\","
          + "\"observation\":\"ModuleNotFoundError: No module named 'shap'\","
          + "\"failure\":{\"layer\":\"implementation_failure\",\"scope\":\"local_failure\",\"degree\":\"artifact_driven\","
          + "\"recommended_action\":\"change_method\",\"risk\":\"low_risk_omission\"},"
          + "\"rationale\":\"shap is not installed\",\"recommended_alternative\":\"sklearn permutation_importance\"}";
  private static final String CSV =
      "{\"task_id\":\"t1\",\"attempted_route\":\"pandas read_csv(sep=';')\",\"observation\":\"KeyError 'label'\","
          + "\"failure\":{\"layer\":\"communication_failure\",\"scope\":\"local_failure\",\"degree\":\"contradicted\","
          + "\"recommended_action\":\"retry\",\"risk\":\"low_risk_omission\"},\"rationale\":\"wrong separator\","
          + "\"recommended_alternative\":\"read_csv(sep=',')\"}";
  private static final String POS =
      "{\"id\":\"k1\",\"kind\":\"positive\",\"domain\":\"nls\",\"claim\":\"split-step Fourier works for NLS\"}";

  private Path db;

  @BeforeEach
  void fill() {
    db = tmp.resolve("b/bank.db");
    List<ObjectNode> records = List.of(NkJson.parseObject(SHAP), NkJson.parseObject(CSV), NkJson.parseObject(POS));
    try (Bank bank = Bank.open(db.toString())) {
      bank.importRecords(records, "test", ImportOptions.defaults());
    }
  }

  private CliRun bank(String... args) {
    List<String> all = new ArrayList<>(List.of("bank"));
    all.addAll(List.of(args));
    all.add("--bank");
    all.add(db.toString());
    return CliRun.run(all.toArray(String[]::new));
  }

  @Test
  void searchPrintsRankedHitsWithSnippets() {
    CliRun r = bank("search", "TreeExplainer", "shap");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("1. ")
        .contains("(score ")
        .contains("negative, active")
        .contains("task 002")
        .contains("**shap")
        .endsWith("1 of 1 matching entries\n");
  }

  @Test
  void searchJsonIsTheSamePageOfHitsTheApiReturns() {
    CliRun r = bank("search", "split", "separator", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    ObjectNode page = NkJson.parseObject(r.out());
    assertThat(page.path("total").asInt()).isEqualTo(2);
    assertThat(page.path("hits")).hasSize(2);
    for (var hit : page.path("hits")) {
      ObjectNode o = (ObjectNode) hit;
      assertThat(o.has("id")).isTrue();
      assertThat(o.get("score").asDouble()).isPositive();
      assertThat(o.get("snippet").asText()).contains("**");
      assertThat(o.get("status").asText()).isEqualTo("active");
      assertThat(o.get("polarity").asText()).isIn("positive", "negative");
      assertThat(o.get("record").isObject()).isTrue();
    }
  }

  @Test
  void searchFiltersAndNoHitExitCode() {
    CliRun pos = bank("search", "split", "separator", "--polarity", "positive", "--format", "json");
    assertThat(NkJson.parseObject(pos.out()).path("hits")).singleElement()
        .satisfies(h -> assertThat(h.path("id").asText()).isEqualTo("k1"));
    CliRun layer = bank("search", "shap", "separator", "--layer", "communication_failure", "--format", "json");
    assertThat(NkJson.parseObject(layer.out()).path("hits")).singleElement()
        .satisfies(h -> assertThat(h.path("task_id").asText()).isEqualTo("t1"));
    assertThat(bank("search", "shap", "--domain", "nls").exit()).isEqualTo(1);
    assertThat(bank("search", "foo(", "a:b").exit()).isEqualTo(1);
    CliRun bad = bank("search", "shap", "--polarity", "neutral");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("neutral");
  }

  @Test
  void searchSeesRetractedEntriesOnlyWhenAsked() {
    String id;
    try (Bank bank = Bank.open(db.toString())) {
      id = bank.search(org.negativeknowledge.bank.search.SearchQuery.of("shap")).hits().get(0).entry().id();
      bank.retract(id, "shap is installed now", "tester");
    }
    assertThat(bank("search", "shap").exit()).isEqualTo(1);
    CliRun all = bank("search", "shap", "--status", "all", "--format", "json");
    List<String> statuses = new java.util.ArrayList<>();
    NkJson.parseObject(all.out()).path("hits").forEach(h -> statuses.add(h.path("status").asText()));
    assertThat(statuses)
        .containsExactlyInAnyOrder("superseded", "retracted");
    CliRun retracted = bank("search", "shap", "--status", "retracted");
    assertThat(retracted.exit()).isZero();
    assertThat(retracted.out()).contains(id);
  }

  @Test
  void renderPrintsAMemoryBlockWithinTheBudget() {
    CliRun r = bank("render", "--query", "shap separator split", "--budget", "400");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("tried: shap.TreeExplainer").contains("claim: split-step").endsWith("(0 entries left out)\n");
    assertThat(r.err()).contains("rendered 3 entries").contains("of 400 tokens; 0 left out");

    CliRun small = bank("render", "--budget", "60");
    assertThat(small.exit()).isZero();
    assertThat(small.out()).contains("left out to stay within 60 tokens");
    assertThat(bank("render", "--budget", "0").exit()).isEqualTo(2);
  }

  @Test
  void reindexRebuildsTheIndex() {
    CliRun r = bank("reindex");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("search index rebuilt").contains("3 active entries");
    assertThat(bank("search", "shap").exit()).isZero();
  }
}
