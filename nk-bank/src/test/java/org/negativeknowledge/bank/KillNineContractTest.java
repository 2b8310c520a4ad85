package org.negativeknowledge.bank;

import org.negativeknowledge.bank.io.ExportOptions;
import org.negativeknowledge.bank.io.ImportOptions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.negativeknowledge.bank.embed.Embeddings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.search.SearchFilters;
import org.negativeknowledge.bank.search.SearchHit;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.record.NkJson;

/**
 * kill -9 of a writer at a bad moment, on every store ({@code SqliteKillNineTest}, {@code
 * PostgresKillNineTest}): during an import and during a reindex. Afterwards the store holds what
 * it held before, the index agrees with the store entry for entry, and both take writes again.
 * Part of the {@code security} group (hostile conditions that stay as tests).
 */
@Tag("security")
public abstract class KillNineContractTest {

  @TempDir protected Path tmp;

  private static String embeddingsBefore;

  /**
   * Store and index agreement is what these tests attack; the embedding pass (milliseconds per
   * entry over 30,000 entries) would make every reindex take minutes, so it is off here.
   */
  @BeforeAll
  static void embeddingsOff() {
    embeddingsBefore = System.getProperty(Embeddings.PROPERTY);
    System.setProperty(Embeddings.PROPERTY, "off");
  }

  @AfterAll
  static void embeddingsAsBefore() {
    if (embeddingsBefore == null) {
      System.clearProperty(Embeddings.PROPERTY);
    } else {
      System.setProperty(Embeddings.PROPERTY, embeddingsBefore);
    }
  }

  /** A URL of a new, empty bank; each call a different one. */
  protected abstract String newBankUrl();

  private static Process start(Path log, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-D" + Embeddings.PROPERTY + "=off");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(BankWriterMain.class.getName());
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectError(log.toFile()).start();
  }

  private static ObjectNode claim(String id) {
    return NkJson.parseObject(
        "{\"id\":\"" + id + "\",\"kind\":\"negative\",\"claim\":\"claim " + id + " about shock capturing\"}");
  }

  private Bank open(String url, Path index) {
    return Bank.open(url, OpenOptions.defaults().withIndexDirectory(index));
  }

  /** Every revision the store holds, as {@code id#revision:status}. */
  private static Set<String> stored(Bank bank) throws IOException {
    StringWriter w = new StringWriter();
    bank.export(w, new ExportOptions(true, true));
    Set<String> out = new TreeSet<>();
    for (String line : w.toString().split("\n")) {
      if (!line.isBlank()) {
        ObjectNode o = NkJson.parseObject(line);
        out.add(o.path("id").asText() + "#" + o.path("revision").asInt() + ":" + o.path("status").asText());
      }
    }
    return out;
  }

  /** Every revision the index holds, in the same form. */
  private static Set<String> indexed(Bank bank, int atMost) {
    Set<String> out = new TreeSet<>();
    for (SearchHit h :
        bank.search(SearchQuery.all().withFilters(SearchFilters.activeOnly().withAnyStatus()).withLimit(atMost)).hits()) {
      out.add(h.entry().id() + "#" + h.entry().revision() + ":" + h.entry().status().wireName());
    }
    return out;
  }

  private static void assertStoreAndIndexAgree(Bank bank, int expectedEntries) throws IOException {
    Set<String> stored = stored(bank);
    assertThat(stored).hasSize(expectedEntries);
    assertThat(indexed(bank, expectedEntries + 100)).isEqualTo(stored);
  }

  @Test
  void aWriterKilledDuringAnImportLeavesStoreAndIndexAsTheyWereAndInAgreement() throws Exception {
    String url = newBankUrl();
    Path index = tmp.resolve("index");
    try (Bank bank = open(url, index)) {
      bank.importRecords(List.of(claim("kept-1"), claim("kept-2")), "seed", ImportOptions.defaults());
      bank.revise("kept-2", claim("kept-2").put("observation", "revised"), "before the attack", null);
    }
    Path big = tmp.resolve("big.jsonl");
    try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 200_000; i++) {
        w.write(NkJson.compact(claim("big-" + i)) + "\n");
      }
    }
    Process proc = start(tmp.resolve("kill.log"), "import", url, big.toString(), index.toString());
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      assertThat(line).as(Files.readString(tmp.resolve("kill.log"))).startsWith("progress ");
      assertThat(proc.isAlive()).as("the import was still running when killed").isTrue();
      proc.destroyForcibly();
      assertThat(proc.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }
    try (Bank bank = open(url, index)) {
      assertThat(bank.get("big-0")).isEmpty();
      assertStoreAndIndexAgree(bank, 3);
      assertThat(bank.importRecords(List.of(claim("after")), "after", ImportOptions.defaults()).imported()).isEqualTo(1);
      assertStoreAndIndexAgree(bank, 4);
      assertThat(bank.search(SearchQuery.of("after")).hits()).extracting(h -> h.entry().id()).containsExactly("after");
    }
  }

  @Test
  void aReindexKilledHalfWayLeavesAnIndexThatAgreesWithTheStore() throws Exception {
    String url = newBankUrl();
    Path index = tmp.resolve("index");
    int n = 30_000;
    List<ObjectNode> records = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      records.add(claim("e-" + i));
    }
    try (Bank bank = open(url, index)) {
      assertThat(bank.importRecords(records, "bulk", ImportOptions.defaults()).imported()).isEqualTo(n);
      bank.retract("e-7", "retracted before the attack", null);
    }
    Process proc = start(tmp.resolve("reindex.log"), "reindex", url, index.toString());
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).as(Files.readString(tmp.resolve("reindex.log"))).isEqualTo("reindexing");
      Thread.sleep(400); // well into the rebuild, far from its end
      assertThat(proc.isAlive()).as("the reindex was still running when killed").isTrue();
      proc.destroyForcibly();
      assertThat(proc.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }
    try (Bank bank = open(url, index)) {
      assertStoreAndIndexAgree(bank, n + 1);
      bank.reindex();
      assertStoreAndIndexAgree(bank, n + 1);
      assertThat(bank.importRecords(List.of(claim("after")), "after", ImportOptions.defaults()).imported()).isEqualTo(1);
      assertStoreAndIndexAgree(bank, n + 2);
      assertThat(bank.search(SearchQuery.of("e-29999")).hits()).extracting(h -> h.entry().id()).startsWith("e-29999");
    }
  }
}
