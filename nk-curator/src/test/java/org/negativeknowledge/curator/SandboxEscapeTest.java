package org.negativeknowledge.curator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.curator.anthropic.AnthropicModelClient;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.curator.fake.FakeMessagesServer;
import org.negativeknowledge.curator.fake.FakeReply;
import org.negativeknowledge.curator.llm.CurationMode;
import org.negativeknowledge.curator.llm.LlmCurator;
import org.negativeknowledge.curator.offline.OfflineCurator;
import org.negativeknowledge.curator.sandbox.ToolSandbox;
import org.negativeknowledge.record.NkJson;

/**
 * Attempts to make the curator read a file outside the round folder through the round folder
 * itself: symbolic links under the artifact names, links swapped in after the bundle was built,
 * a FIFO instead of a log, and tool-mode reads of links. None may reach the model, and no refusal
 * may tell where a link points or whether its target exists.
 */
@Tag("security")
class SandboxEscapeTest {

  static final String SECRET = "TOP-SECRET-CONTENT-7f3a";
  static final TaskContext TASK = new TaskContext("900", "Predict y.");

  @TempDir Path tmp;
  Path round;
  Path secret;
  Path absent;
  FakeMessagesServer server;

  @BeforeEach
  void setUp() throws Exception {
    round = Files.createDirectories(tmp.resolve("runs/round1"));
    Files.writeString(round.resolve("candidate.py"), "import shap\n");
    Files.writeString(round.resolve("exec.log"), "exit_code=1\nModuleNotFoundError: No module named 'shap'\n");
    Files.writeString(round.resolve("reasoning.md"), "Use shap.\n");
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    secret = Files.writeString(outside.resolve("secret.txt"), SECRET + "\n");
    absent = outside.resolve("no-such-file.txt");
    server = FakeMessagesServer.start();
    server.respondWith(req -> FakeReply.toolUse("write_record", NkJson.parseObject("{\"task_id\":\"900\"}")));
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private AnthropicModelClient client() {
    return AnthropicModelClient.create(AnthropicSettings.fromEnv(Map.of()).withBaseUrl(server.baseUrl())
        .withApiKey("sk-sandbox").withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1)));
  }

  private String refusalFor(String name, Path target) throws Exception {
    Path link = round.resolve(name);
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, target);
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> FailureArtifacts.fromRoundDirectory(round));
    assertThat(t).as(name + " -> " + target).isInstanceOf(CuratorException.class);
    return t.getMessage();
  }

  @Test
  void anEvalLogLinkedOutOfTheRoundFolderIsRefusedWithoutSayingWhereItPoints() throws Exception {
    String toSecret = refusalFor("eval.log", secret);
    String toNothing = refusalFor("eval.log", absent);
    assertThat(toSecret).contains("eval.log").contains("refused").contains("inside the round folder");
    assertThat(toSecret).as("the same words whether the target exists or not").isEqualTo(toNothing);
    assertThat(toSecret).doesNotContain("outside").doesNotContain("secret.txt").doesNotContain(SECRET);
  }

  @Test
  void requiredArtifactsLinkedOutAreRefusedToo() throws Exception {
    assertThat(refusalFor("exec.log", secret)).contains("exec.log").contains("refused");
    Files.delete(round.resolve("exec.log"));
    Files.writeString(round.resolve("exec.log"), "exit_code=1\n");
    Files.delete(round.resolve("candidate.py"));
    assertThat(refusalFor("candidate.py", secret)).contains("candidate.py").contains("refused");
  }

  @Test
  void aRelativeLinkClimbingOutIsRefused() throws Exception {
    assertThat(refusalFor("eval.log", Path.of("../../outside/secret.txt"))).contains("refused");
  }

  @Test
  void aLinkThatStaysInsideTheRoundFolderIsFollowed() throws Exception {
    Path logs = Files.createDirectories(round.resolve("logs"));
    Files.writeString(logs.resolve("eval.txt"), "score=0.1\n");
    Files.createSymbolicLink(round.resolve("eval.log"), Path.of("logs/eval.txt"));
    FailureArtifacts a = FailureArtifacts.fromRoundDirectory(round);
    assertThat(a.evalLog()).isPresent();
    assertThat(ArtifactReader.read(a.evalLog().get(), 1000).text()).contains("score=0.1");
  }

  @Test
  void aLinkSwappedInAfterTheBundleWasBuiltIsNotReadAndTheAuditSaysSo() throws Exception {
    Files.writeString(round.resolve("eval.log"), "score=0.1\n");
    FailureArtifacts a = FailureArtifacts.fromRoundDirectory(round);
    Files.delete(round.resolve("eval.log"));
    Files.createSymbolicLink(round.resolve("eval.log"), secret);
    for (CurationMode mode : CurationMode.values()) {
      try (var c = client()) {
        LlmCurator curator = LlmCurator.builder(c).mode(mode).outputPath(tmp.resolve("out.json")).build();
        assertThatThrownBy(() -> curator.curateDepth1(TASK, a))
            .isInstanceOf(CuratorException.class)
            .hasMessageContaining("refused")
            .satisfies(e -> assertThat(((CuratorException) e).audit()).isPresent());
      }
      assertThatThrownBy(() -> new OfflineCurator().curateDepth1(TASK, a)).isInstanceOf(CuratorException.class);
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void theReaderRefusesALinkOutEvenWhenCalledDirectly() throws Exception {
    Path link = Files.createSymbolicLink(round.resolve("notes.md"), secret);
    assertThatThrownBy(() -> ArtifactReader.read(link, 1000))
        .isInstanceOf(CuratorException.class)
        .hasMessageContaining("refused")
        .hasMessageNotContaining("secret.txt");
  }

  @Test
  void theToolSandboxDoesNotAdmitABundleFileLinkedOut() throws Exception {
    Path link = Files.createSymbolicLink(round.resolve("eval.log"), secret);
    assertThatThrownBy(() -> ToolSandbox.of(round, List.of(round.resolve("exec.log"), link), tmp.resolve("out.json")))
        .isInstanceOf(CuratorException.class)
        .hasMessageContaining("refused")
        .hasMessageNotContaining("secret.txt");
  }

  @Test
  void toolReadsOfLinksOutGetTheSameRefusalWhetherTheTargetExistsOrNot() throws Exception {
    Path toSecret = Files.createSymbolicLink(round.resolve("a.txt"), secret);
    Path toNothing = Files.createSymbolicLink(round.resolve("b.txt"), absent);
    ToolSandbox box = ToolSandbox.of(round, List.of(round.resolve("exec.log")), tmp.resolve("out.json"));
    String m1 = org.assertj.core.api.Assertions.catchThrowable(() -> box.checkRead(toSecret.toString())).getMessage();
    String m2 = org.assertj.core.api.Assertions.catchThrowable(() -> box.checkRead(toNothing.toString())).getMessage();
    String m3 = org.assertj.core.api.Assertions.catchThrowable(() -> box.checkRead(secret.toString())).getMessage();
    String m4 = org.assertj.core.api.Assertions.catchThrowable(() -> box.checkRead(absent.toString())).getMessage();
    assertThat(m1.replace(toSecret.toString(), "P")).isEqualTo(m2.replace(toNothing.toString(), "P"));
    assertThat(m3.replace(secret.toString(), "P")).isEqualTo(m4.replace(absent.toString(), "P"));
    assertThat(m1).doesNotContain(secret.toString()).contains("not one of the bundle's files");
  }

  @Test
  void aFifoUnderAnArtifactNameIsRefusedInsteadOfBlocking() throws Exception {
    Path fifo = round.resolve("eval.log");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(p.waitFor() == 0, "mkfifo is not available: skipping");
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertThatThrownBy(() -> FailureArtifacts.fromRoundDirectory(round)).hasMessageContaining("refused");
      FailureArtifacts a = FailureArtifacts.of(round.resolve("candidate.py"), round.resolve("exec.log"),
          round.resolve("reasoning.md")).withEvalLog(fifo);
      assertThatThrownBy(() -> ArtifactReader.read(fifo, 1000)).hasMessageContaining("refused");
      try (var c = client()) {
        assertThatThrownBy(() -> LlmCurator.builder(c).build().curateDepth1(TASK, a))
            .isInstanceOf(CuratorException.class).hasMessageContaining("refused");
      }
    });
    assertThat(server.requests()).isEmpty();
  }
}
