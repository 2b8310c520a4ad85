package org.negativeknowledge.curator.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.curator.fake.FakeMessagesServer;
import org.negativeknowledge.curator.fake.FakeReply;
import org.negativeknowledge.curator.llm.LlmCurator;
import org.negativeknowledge.record.NkJson;

/**
 * Connections that die under the client: a pooled connection the server closed without saying so
 * (HTTP/1.0, proxies) and a server that hangs up before answering.
 */
class ConnectionFailureTest {

  static final TaskContext TASK = new TaskContext("900", "Predict y from x and save pred.csv.");

  @TempDir Path tmp;
  FailureArtifacts round;

  @BeforeEach
  void setUp() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("round1"));
    Files.writeString(dir.resolve("candidate.py"), "import shap\n");
    Files.writeString(dir.resolve("exec.log"), "exit_code=1\nModuleNotFoundError: No module named 'shap'\n");
    Files.writeString(dir.resolve("reasoning.md"), "Use shap.\n");
    round = FailureArtifacts.fromRoundDirectory(dir);
  }

  static AnthropicModelClient client(String baseUrl) {
    return AnthropicModelClient.create(AnthropicSettings.fromEnv(Map.of())
        .withBaseUrl(baseUrl).withApiKey("sk-conn-test")
        .withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1)).withTimeout(Duration.ofSeconds(10)));
  }

  static com.fasterxml.jackson.databind.node.ObjectNode record() {
    return NkJson.parseObject("""
        {"task_id":"900","attempted_route":"shap.TreeExplainer on a RandomForestRegressor",
         "observation":"ModuleNotFoundError: No module named 'shap' at import, exit code 1",
         "failure":{"layer":"implementation_failure","scope":"local_failure","degree":"artifact_driven",
                    "recommended_action":"change_method","risk":"low_risk_omission"},
         "rationale":"shap is not installed in the sandbox, so the script dies at import.",
         "recommended_alternative":"sklearn.inspection.permutation_importance(rf, X, y, n_repeats=10)"}""");
  }

  @Test
  void aPooledConnectionTheServerClosedIsRetriedOnAFreshOne() {
    try (FakeMessagesServer server = FakeMessagesServer.startHttp10();
        AnthropicModelClient c = client(server.baseUrl())) {
      server.respondWith(req -> FakeReply.toolUse("write_record", record()));
      LlmCurator curator = LlmCurator.builder(c).build();
      CurationResult first = curator.curateDepth1(TASK, round);
      CurationResult second = curator.curateDepth1(TASK, round);
      assertThat(first.record()).isEqualTo(record());
      assertThat(second.record()).isEqualTo(record());
      assertThat(server.requests()).hasSize(2);
    }
  }

  @Test
  void aServerThatHangsUpBeforeAnsweringFailsWithTheCauseInTheMessage() throws Exception {
    AtomicInteger accepted = new AtomicInteger();
    try (ServerSocket hangUp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread t = new Thread(() -> {
        while (!hangUp.isClosed()) {
          try (Socket s = hangUp.accept()) {
            accepted.incrementAndGet();
            s.getInputStream().read(new byte[8192]);
          } catch (IOException closed) {
            return;
          }
        }
      });
      t.setDaemon(true);
      t.start();
      try (AnthropicModelClient c = client("http://127.0.0.1:" + hangUp.getLocalPort())) {
        LlmCurator curator = LlmCurator.builder(c).build();
        assertThatThrownBy(() -> curator.curateDepth1(TASK, round))
            .isInstanceOf(CuratorException.class)
            .hasMessageContaining("unexpected end of stream")
            .hasMessageContaining("before any answer")
            .satisfies(e -> assertThat(((CuratorException) e).audit()).isPresent());
      }
    }
    assertThat(accepted.get()).as("the failed request is tried again on a fresh connection").isEqualTo(2);
  }
}
