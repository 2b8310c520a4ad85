package org.negativeknowledge.curator.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelAliasesTest {
  @Test
  void aliasesMapAndFullIdsPassThrough() {
    assertThat(ModelAliases.resolve("sonnet")).isEqualTo("claude-sonnet-4-6");
    assertThat(ModelAliases.resolve("Haiku")).isEqualTo("claude-haiku-4-5");
    assertThat(ModelAliases.resolve("opus")).isEqualTo("claude-opus-4-6");
    assertThat(ModelAliases.resolve("claude-3-7-sonnet-20250219")).isEqualTo("claude-3-7-sonnet-20250219");
  }

  @Test
  void settingsReadTheEnvironmentAndMaskTheKey() {
    AnthropicSettings s = AnthropicSettings.fromEnv(Map.of("ANTHROPIC_API_KEY", "sk-secret", "ANTHROPIC_BASE_URL", "http://proxy:1"));
    assertThat(s.apiKey()).contains("sk-secret");
    assertThat(s.baseUrl()).contains("http://proxy:1");
    assertThat(s.toString()).doesNotContain("sk-secret").contains("apiKey=(set)");
  }
}
