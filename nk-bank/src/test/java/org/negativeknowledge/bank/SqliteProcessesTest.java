package org.negativeknowledge.bank;

import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.search.SearchFilters;
import org.negativeknowledge.bank.search.SearchQuery;

/** Several real OS processes on one SQLite bank: concurrent writers, and a writer killed mid-import. */
class SqliteProcessesTest {
  @TempDir Path tmp;

  private static Process start(Path log, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(BankWriterMain.class.getName());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
    return pb.start();
  }

  @Test
  void eightProcessesAddingAThousandEntriesEachEndWithEightThousand() throws Exception {
    String url = tmp.resolve("shared/bank.db").toString();
    List<Process> procs = new ArrayList<>();
    for (int p = 0; p < 8; p++) {
      Process proc = start(tmp.resolve("err-" + p + ".log"), "add", url, "p" + p, "1000");
      proc.getOutputStream().close();
      procs.add(proc);
    }
    for (int p = 0; p < 8; p++) {
      Process proc = procs.get(p);
      assertThat(proc.waitFor(10, TimeUnit.MINUTES)).as("process %d finished", p).isTrue();
      assertThat(proc.exitValue())
          .as("process %d: %s", p, Files.readString(tmp.resolve("err-" + p + ".log")))
          .isZero();
      assertThat(Files.readString(tmp.resolve("err-" + p + ".log"))).isEmpty();
    }
    try (Bank bank = Bank.open(url)) {
      assertThat(bank.size()).isEqualTo(8000);
      assertThat(bank.changes().lastSequence()).isEqualTo(8000);
      // the index was not written by the writers; it catches up on the first search
      assertThat(
              bank.search(SearchQuery.all().withFilters(SearchFilters.activeOnly()).withLimit(1))
                  .totalMatches())
          .isEqualTo(8000);
    }
  }

  @Test
  void aProcessKilledDuringAnImportLeavesTheBankAsItWas() throws Exception {
    String url = tmp.resolve("bank.db").toString();
    try (Bank bank = Bank.open(url, OpenOptions.defaults().withIndexOnWrite(false))) {
      bank.importRecords(
          List.of(org.negativeknowledge.record.NkJson.parseObject("{\"id\":\"kept\",\"claim\":\"x\"}")),
          "seed",
          ImportOptions.defaults());
    }
    Path big = tmp.resolve("big.jsonl");
    try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 200_000; i++) {
        w.write("{\"id\":\"big-" + i + "\",\"kind\":\"negative\",\"claim\":\"a long enough claim number " + i
            + " about shock capturing and dispersion\"}\n");
      }
    }
    Process proc = start(tmp.resolve("kill.log"), "import", url, big.toString());
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      assertThat(line).as(Files.readString(tmp.resolve("kill.log"))).startsWith("progress ");
      proc.destroyForcibly();
      assertThat(proc.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }
    try (Bank bank = Bank.open(url, OpenOptions.defaults().withIndexOnWrite(false))) {
      assertThat(bank.size()).isEqualTo(1);
      assertThat(bank.get("big-0")).isEmpty();
      assertThat(bank.changes().lastSequence()).isEqualTo(1);
      // and the bank still takes writes
      ImportReport r =
          bank.importRecords(
              List.of(org.negativeknowledge.record.NkJson.parseObject("{\"id\":\"after\",\"claim\":\"y\"}")),
              "after",
              ImportOptions.defaults());
      assertThat(r.imported()).isEqualTo(1);
    }
  }
}
