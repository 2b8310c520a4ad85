package org.negativeknowledge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.negativeknowledge.server.HttpClientSupport.post;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.server.HttpClientSupport.Answer;

/**
 * {@code POST /api/curate} (offline) deduplicates by failure signature as the CLI does: the same
 * failure curated twice is one entry seen twice, not two near copies.
 */
class HttpCurateDedupTest {
  @TempDir Path dir;

  private static final String ROUND =
      "{\"task_id\":\"task_dedup\",\"offline\":true,\"rounds\":[{"
          + "\"code_text\":\"import pandas as pd\\nfrom sklearn.cross_validation import train_test_split\\n\","
          + "\"exec_log_text\":\"Traceback (most recent call last):\\n  File \\\"candidate.py\\\", line 2, in <module>\\n"
          + "    from sklearn.cross_validation import train_test_split\\n"
          + "ModuleNotFoundError: No module named 'sklearn.cross_validation'\\nexit code 1\\n\","
          + "\"reasoning_text\":\"Split the data with train_test_split, then fit a random forest.\"}]}";

  @Test
  void curatingTheSameFailureTwiceYieldsOneEntryWithTwoOccurrences() {
    try (ServerFixture fx = ServerFixture.sqlite(dir, ServerSettings.loopback(0))) {
      long before = fx.bank.stats().activeEntries();
      Answer first = post(fx.url("/api/curate"), ROUND, null);
      assertThat(first.status()).as(String.valueOf(first.json())).isEqualTo(200);
      assertThat(first.json().path("curator").asText()).isEqualTo("offline");
      var stored = first.json().path("stored");
      assertThat(stored.path("deduplicated").asBoolean()).isFalse();
      assertThat(stored.path("signature_key").asText()).isNotBlank();
      String id = stored.path("id").asText();
      assertThat(id).isNotBlank();
      assertThat(stored.path("occurrences").asInt()).isEqualTo(1);

      Answer second = post(fx.url("/api/curate"), ROUND, null);
      assertThat(second.status()).isEqualTo(200);
      var again = second.json().path("stored");
      assertThat(again.path("deduplicated").asBoolean()).isTrue();
      assertThat(again.path("summary").asText()).contains("deduplicated 1");
      assertThat(again.path("signature_key").asText()).isEqualTo(stored.path("signature_key").asText());
      assertThat(again.path("id").asText()).isEqualTo(id);
      assertThat(again.path("occurrences").asInt()).isEqualTo(2);

      assertThat(fx.bank.stats().activeEntries()).isEqualTo(before + 1);
      BankEntry e = fx.bank.get(id).orElseThrow();
      assertThat(e.occurrences()).isEqualTo(2);
      assertThat(fx.bank.occurrences(id)).hasSize(1);
    }
  }
}
