package org.negativeknowledge.app.loop.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.app.loop.Condition;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.LoopTask;
import org.negativeknowledge.app.loop.run.LoopTasks;
import org.negativeknowledge.app.loop.Memory;
import org.negativeknowledge.app.loop.ShownEntry;
import org.negativeknowledge.app.loop.SolverAnswer;
import org.negativeknowledge.app.loop.SolverRequest;
import org.negativeknowledge.bank.consult.Decision;
import org.negativeknowledge.curator.anthropic.AnthropicModelClient;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.curator.fake.FakeMessagesServer;
import org.negativeknowledge.curator.fake.FakeReply;

/** The command solver's protocol, and the model solver's answers that cannot be used. */
class SolversTest {
  @TempDir Path tmp;

  private SolverRequest request(List<ShownEntry> shown) throws Exception {
    Path dir = tmp.resolve("task");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("task.json"), "{\"id\": \"t\", \"instruction\": \"write ok\", \"candidate\": \"c.sh\","
        + " \"run\": \"sh c.sh\", \"evaluate\": \"true\"}");
    LoopTask task = LoopTasks.read(dir.resolve("task.json"));
    Path ws = tmp.resolve("solver");
    Files.createDirectories(ws);
    return new SolverRequest(task, "bank/round1", Condition.BANK, 1, "# Task t\nwrite ok\n", Memory.none(), shown, ws);
  }

  @Test
  void aCommandGetsThePromptAndWritesItsAnswerIntoItsFolder() throws Exception {
    String script = "cat > got.txt; echo 'echo ok > out.txt' > c.sh; echo helper > lib.sh; echo 'my plan' > plan.txt;"
        + " echo notes > reasoning.md; printf '[{\"entry_id\": \"e1\", \"decision\": \"adopt\", \"reason\": \"fits\"},"
        + " {\"entry_id\": \"ghost\", \"decision\": \"reject\", \"reason\": \"not shown\"}]' > decisions.json;"
        + " echo '{\"input_tokens\": 10, \"output_tokens\": 3}' > usage.json; echo \"$NK_STEP $NK_CANDIDATE\" > env.txt";
    SolverRequest r = request(List.of(shown("e1", 1), shown("e2", 2)));
    SolverAnswer a = new CommandSolver(script, Duration.ofSeconds(30), System.getenv()).solve(r);
    assertThat(a.files()).containsOnlyKeys("c.sh", "lib.sh", "got.txt", "env.txt");
    assertThat(a.files().get("c.sh")).isEqualTo("echo ok > out.txt\n");
    assertThat(a.files().get("env.txt")).isEqualTo("bank/round1 c.sh\n");
    assertThat(Files.readString(r.workspace().resolve("got.txt"))).startsWith("# Task t").contains("decisions.json");
    assertThat(a.plan()).isEqualTo("my plan");
    assertThat(a.decisions()).singleElement().satisfies(d -> {
      assertThat(d.entryId()).isEqualTo("e1");
      assertThat(d.decision()).isEqualTo(Decision.ADOPT);
    });
    assertThat(a.tokens().total()).hasValue(13);
  }

  private static ShownEntry shown(String id, int rank) {
    return new ShownEntry(id, rank, List.of(), "other-task", JsonNodeFactory.instance.objectNode().put("id", id));
  }

  @Test
  void aFailingCommandSaysWhereItRan() throws Exception {
    SolverRequest r = request(List.of());
    assertThatThrownBy(() -> new CommandSolver("echo broken >&2; exit 3", Duration.ofSeconds(30), System.getenv()).solve(r))
        .isInstanceOf(LoopException.class).hasMessageContaining("exited with code 3")
        .hasMessageContaining("relative paths in it start there").hasMessageContaining("broken");
    assertThatThrownBy(() -> new CommandSolver("true", Duration.ofSeconds(30), System.getenv()).solve(r))
        .hasMessageContaining("wrote no c.sh into its folder");
    assertThatThrownBy(() -> new CommandSolver("sleep 30", Duration.ofSeconds(1), System.getenv()).solve(r))
        .hasMessageContaining("solver command stopped (time limit 1 s)");
  }

  @Test
  void modelAnswersThatCannotBeUsedAreErrorsOfTheAttempt() throws Exception {
    SolverRequest r = request(List.of());
    try (FakeMessagesServer fake = FakeMessagesServer.start()) {
      AnthropicSettings s = AnthropicSettings.fromEnv(Map.of("ANTHROPIC_API_KEY", "k", "ANTHROPIC_BASE_URL", fake.baseUrl()))
          .withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1));
      ModelSolver solver = new ModelSolver(AnthropicModelClient.create(s));
      ObjectNode noCandidate = JsonNodeFactory.instance.objectNode().put("plan", "p").put("reasoning", "r");
      noCandidate.putArray("decisions");
      noCandidate.putArray("files").addObject().put("path", "other.sh").put("content", "x");
      fake.enqueue(FakeReply.text("I would rather talk."), FakeReply.toolUse("submit_attempt", noCandidate),
          FakeReply.error(400, "invalid_request_error"));
      assertThatThrownBy(() -> solver.solve(r)).hasMessageContaining("without calling submit_attempt");
      assertThatThrownBy(() -> solver.solve(r)).hasMessageContaining("has no c.sh (files given: [other.sh])");
      assertThatThrownBy(() -> solver.solve(r)).hasMessageContaining("HTTP 400");
      solver.close();
    }
  }
}
