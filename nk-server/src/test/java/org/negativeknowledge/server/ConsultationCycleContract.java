package org.negativeknowledge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.negativeknowledge.server.HttpClientSupport.get;
import static org.negativeknowledge.server.HttpClientSupport.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.server.HttpClientSupport.Answer;

/**
 * The consultation cycle over the HTTP API, as the CLI runs it: consult, a refused early
 * proposal, decisions on every surfaced entry, the proposal, the finding and the usefulness
 * counters it updates. Runs on every store a subclass opens.
 */
abstract class ConsultationCycleContract {

  /** A fresh, empty bank. */
  protected abstract Bank newBank();

  @Test
  void consultDecideProposeFinding() {
    try (ServerFixture fx = ServerFixture.start(newBank(), ServerSettings.loopback(0))) {
      Answer c = post(fx.url("/api/consultations"),
          "{\"task\":\"task_001\",\"context\":\"split the data with sklearn cross_validation train_test_split\","
              + "\"domain\":\"bioinformatics\",\"token_budget\":1500}", null);
      assertThat(c.status()).isEqualTo(201);
      String cid = c.json().path("consultation_id").asText();
      assertThat(c.json().path("memory").asText()).contains("cross_validation");
      List<String> surfaced = new ArrayList<>();
      c.json().path("surfaced").forEach(s -> surfaced.add(s.path("entry_id").asText()));
      assertThat(surfaced).contains("sab-001");

      Answer early = post(fx.url("/api/experiments"), "{\"consultation_id\":\"" + cid + "\",\"method\":\"model_selection split\"}", null);
      assertThat(early.status()).isEqualTo(409);
      assertThat(early.json().path("error").path("undecided").toString()).contains("sab-001");

      StringBuilder decisions = new StringBuilder("{\"decisions\":[");
      for (int i = 0; i < surfaced.size(); i++) {
        String id = surfaced.get(i);
        decisions.append(i == 0 ? "" : ",").append("{\"entry_id\":\"").append(id).append("\",\"decision\":\"")
            .append(id.equals("sab-001") ? "adopt" : "reject").append("\",\"reason\":\"")
            .append(id.equals("sab-001") ? "same removed module" : "different task").append("\"}");
      }
      decisions.append("]}");
      Answer d = post(fx.url("/api/consultations/" + cid + "/decisions"), decisions.toString(), null);
      assertThat(d.status()).isEqualTo(200);
      assertThat(d.json().path("decisions")).hasSize(surfaced.size());
      assertThat(get(fx.url("/api/consultations/" + cid + "/decisions"), null).json().path("decisions")).hasSize(surfaced.size());

      Answer p = post(fx.url("/api/experiments"), "{\"consultation_id\":\"" + cid
          + "\",\"experiment\":{\"method\":\"sklearn.model_selection.train_test_split(test_size=0.2)\",\"params\":{\"seed\":0}}}", null);
      assertThat(p.status()).isEqualTo(201);
      String eid = p.json().path("experiment_id").asText();
      assertThat(p.json().path("experiment").path("cites_bank").toString()).contains("sab-001");
      assertThat(get(fx.url("/api/experiments/" + eid), null).json().path("experiment").path("method").asText())
          .contains("model_selection");

      Answer f = post(fx.url("/api/findings"), "{\"experiment_id\":\"" + eid + "\",\"outcome\":\"success\",\"note\":\"ran\"}", null);
      assertThat(f.status()).isEqualTo(201);
      assertThat(f.json().path("outcome").asText()).isEqualTo("success");

      JsonNode useful = get(fx.url("/api/entries/sab-001"), null).json().path("usefulness");
      assertThat(useful.path("adopted").asInt()).isEqualTo(1);
      assertThat(useful.path("adopted_then_success").asInt()).isEqualTo(1);

      Answer second = post(fx.url("/api/findings"), "{\"experiment_id\":\"" + eid + "\",\"outcome\":\"failure\"}", null);
      assertThat(second.status()).isEqualTo(409);

      Answer graph = get(fx.url("/api/graph?task=task_001"), null);
      assertThat(graph.json().path("nodes").toString()).contains(eid);

      Answer route = post(fx.url("/api/check-route"),
          "{\"route\":\"sklearn.cross_validation.train_test_split(X, y, test_size=0.2) to split the expression matrix\"}", null);
      assertThat(route.status()).isEqualTo(200);
      assertThat(route.json().path("matches").toString()).contains("sab-001");
      assertThat(route.json().path("matches").get(0).path("why").asText()).startsWith("same");

      assertThat(post(fx.url("/api/findings"), "{\"experiment_id\":\"e-none\",\"outcome\":\"success\"}", null).status())
          .isEqualTo(404);

      // The ledger read back: recent consultations of every task, one consultation, an entry's citations.
      Answer other = post(fx.url("/api/consultations"),
          "{\"task\":\"task_other\",\"context\":\"read the csv columns with pandas before splitting\"}", null);
      String otherId = other.json().path("consultation_id").asText();
      String firstShown = other.json().path("surfaced").get(0).path("entry_id").asText();
      post(fx.url("/api/consultations/" + otherId + "/decisions"),
          "{\"entry_id\":\"" + firstShown + "\",\"decision\":\"reject\",\"reason\":\"not this task\"}", null);

      Answer recent = get(fx.url("/api/consultations?limit=5"), null);
      assertThat(recent.status()).isEqualTo(200);
      JsonNode ks = recent.json().path("consultations");
      assertThat(ks).hasSize(2);
      assertThat(ks.get(0).path("consultation_id").asText()).isEqualTo(otherId);
      assertThat(ks.get(0).path("task").asText()).isEqualTo("task_other");
      assertThat(ks.get(0).path("experiment_id").isNull()).isTrue();
      assertThat(ks.get(0).path("decisions").get(0).path("reason").asText()).isEqualTo("not this task");
      assertThat(ks.get(0).path("undecided").asInt()).isEqualTo(other.json().path("surfaced").size() - 1);
      assertThat(ks.get(1).path("consultation_id").asText()).isEqualTo(cid);
      assertThat(ks.get(1).path("task").asText()).isEqualTo("task_001");
      assertThat(ks.get(1).path("experiment_id").asText()).isEqualTo(eid);
      assertThat(ks.get(1).path("outcome").asText()).isEqualTo("success");
      assertThat(ks.get(1).path("decisions")).hasSize(surfaced.size());
      assertThat(ks.get(1).path("decisions").toString()).contains("same removed module");
      assertThat(get(fx.url("/api/consultations?limit=1"), null).json().path("consultations")).hasSize(1);
      assertThat(get(fx.url("/api/consultations?limit=0"), null).status()).isEqualTo(400);

      Answer one = get(fx.url("/api/consultations/" + cid), null);
      assertThat(one.status()).isEqualTo(200);
      assertThat(one.json()).isEqualTo(ks.get(1));
      assertThat(get(fx.url("/api/consultations/c-none"), null).status()).isEqualTo(404);

      Answer cites = get(fx.url("/api/entries/sab-001/citations"), null);
      assertThat(cites.status()).isEqualTo(200);
      assertThat(cites.json().path("cited").asInt()).isEqualTo(1);
      JsonNode x = cites.json().path("experiments").get(0);
      assertThat(x.path("experiment_id").asText()).isEqualTo(eid);
      assertThat(x.path("task").asText()).isEqualTo("task_001");
      assertThat(x.path("decision").asText()).isEqualTo("adopt");
      assertThat(x.path("reason").asText()).isEqualTo("same removed module");
      assertThat(x.path("outcome").asText()).isEqualTo("success");
      assertThat(cites.json().path("imported_bank_use").path("cited").asInt()).isZero();
      assertThat(get(fx.url("/api/entries/no-such-entry/citations"), null).status()).isEqualTo(404);
    }
  }
}
