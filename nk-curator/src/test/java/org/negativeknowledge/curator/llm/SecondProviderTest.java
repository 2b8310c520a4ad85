package org.negativeknowledge.curator.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.curator.model.ContentBlock;
import org.negativeknowledge.curator.model.ModelClient;
import org.negativeknowledge.curator.model.ModelRequest;
import org.negativeknowledge.curator.model.ModelResponse;
import org.negativeknowledge.curator.model.StopReason;
import org.negativeknowledge.curator.model.TokenUsage;
import org.negativeknowledge.record.NkJson;

/**
 * The curator works with any {@link ModelClient}: here a second "provider" in one class that
 * answers from a script, and the curator code itself knows nothing of the Anthropic SDK.
 */
class SecondProviderTest {

  @TempDir Path tmp;

  /** A whole provider: reads the curator's request, answers in the curator's terms. */
  static final class ScriptedProvider implements ModelClient {
    final List<ModelRequest> seen = new ArrayList<>();
    final Path output;
    final ObjectNode record;

    ScriptedProvider(Path output, ObjectNode record) {
      this.output = output;
      this.record = record;
    }

    @Override
    public String model() {
      return "scripted-1";
    }

    @Override
    public ModelResponse send(ModelRequest request) {
      seen.add(request);
      boolean tools = request.tools().stream().anyMatch(t -> t.name().equals("Write"));
      ContentBlock.ToolUse call = tools
          ? new ContentBlock.ToolUse("c" + seen.size(), "Write", NkJson.mapper().createObjectNode()
              .put("file_path", output.toString()).put("content", NkJson.compact(record)))
          : new ContentBlock.ToolUse("c" + seen.size(), request.toolChoice().toolName().orElseThrow(), record);
      return new ModelResponse(List.of(ContentBlock.text("Here is the record."), call), StopReason.TOOL_USE,
          new TokenUsage(100, 20, 0, 0));
    }
  }

  @Test
  void aProviderInOneClassCuratesInBothModes() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("round1"));
    Files.writeString(dir.resolve("candidate.py"), "import shap\n");
    Files.writeString(dir.resolve("exec.log"), "ModuleNotFoundError: No module named 'shap'\n");
    Files.writeString(dir.resolve("reasoning.md"), "Use shap.\n");
    Path output = tmp.resolve("out.json");
    for (CurationMode mode : CurationMode.values()) {
      ScriptedProvider provider = new ScriptedProvider(output, LlmCuratorFaultTest.validRecord());
      CurationResult r = LlmCurator.builder(provider).mode(mode).outputPath(output).build()
          .curateDepth1(new TaskContext("900", "Predict y."), FailureArtifacts.fromRoundDirectory(dir));
      assertThat(r.record()).isEqualTo(LlmCuratorFaultTest.validRecord());
      assertThat(r.validation().valid()).isTrue();
      assertThat(r.usage().inputTokens()).isEqualTo(100);
      assertThat(r.usage().stopReason()).isEqualTo("tool_use");
      assertThat(r.provenance().model()).hasValue("scripted-1");
      assertThat(provider.seen.get(0).messages().get(0).content().get(0)).isInstanceOf(ContentBlock.Text.class);
    }
  }

  @Test
  void noCuratorCodeOutsideTheAnthropicPackageImportsTheSdk() throws IOException {
    Path main = Path.of("src/main/java/org/negativeknowledge/curator");
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(main)) {
      offenders = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !main.relativize(p).toString().startsWith("anthropic"))
          .filter(p -> {
            try {
              return Files.readString(p).contains("import com.anthropic");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .toList();
    }
    assertThat(Files.isDirectory(main.resolve("llm"))).isTrue();
    assertThat(offenders).isEmpty();
  }
}
