package org.negativeknowledge.curator.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptTemplatesTest {
  @TempDir Path tmp;

  @Test
  void builtInTemplatesExistAndUseTheDocumentedPlaceholders() {
    for (PromptKind k : PromptKind.values()) {
      PromptTemplate t = PromptTemplates.builtIn().template(k);
      assertThat(t.placeholders()).contains("TASK_ID", "INSTRUCTION", "INPUTS", "TAXONOMY", "OUTPUT_RULE");
    }
    assertThat(PromptTemplates.builtIn().template(PromptKind.DEEP).placeholders()).contains("DEPTH");
    assertThat(PromptTemplates.builtIn().template(PromptKind.ROUND2).placeholders()).contains("PRIOR_RECORD");
  }

  @Test
  void anUnfilledPlaceholderIsAnErrorAndJsonBracesAreText() {
    PromptTemplate t = new PromptTemplate(PromptKind.DEPTH1, "test", "{\"a\": 1} {TASK_ID} {MISSING_ONE}");
    assertThatThrownBy(() -> t.fill(Map.of("TASK_ID", "7")))
        .isInstanceOf(PromptException.class)
        .hasMessageContaining("{MISSING_ONE}");
    assertThat(new PromptTemplate(PromptKind.DEPTH1, "t", "{\"a\": 1} {TASK_ID}").fill(Map.of("TASK_ID", "$7 {X}")))
        .isEqualTo("{\"a\": 1} $7 {X}");
  }

  @Test
  void aDirectoryOverridesSomeTemplatesAndTheRestFallBack() throws Exception {
    Files.writeString(tmp.resolve("depth1.md"), "Mine: {TASK_ID}");
    PromptTemplates t = PromptTemplates.overriddenBy(tmp);
    assertThat(t.template(PromptKind.DEPTH1).text()).isEqualTo("Mine: {TASK_ID}");
    assertThat(t.template(PromptKind.DEEP).source()).startsWith("classpath:");
    assertThatThrownBy(() -> PromptTemplates.overriddenBy(tmp.resolve("nope"))).hasMessageContaining("not a directory");
  }
}
