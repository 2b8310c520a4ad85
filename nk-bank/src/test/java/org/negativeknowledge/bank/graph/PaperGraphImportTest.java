package org.negativeknowledge.bank.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.OpenOptions;
import org.negativeknowledge.bank.consult.ConsultationLedger;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.testing.PaperData;

/** Imports the paper's 12 section-4 and 16 appendix research graphs. */
class PaperGraphImportTest {
  @TempDir Path tmp;

  private static List<Path> sessions() {
    Path root = PaperData.root();
    List<Path> files = new ArrayList<>();
    files.addAll(PaperData.files(root.resolve("section4/stage2"), "research_state.jsonl"));
    files.addAll(PaperData.files(root.resolve("appendix/logs/stage3"), "research_state.jsonl"));
    return files;
  }

  @Test
  void everyLineOfEverySessionReadsBackAsTheSameObject() throws IOException {
    List<Path> files = sessions();
    assertThat(files).hasSize(28);
    for (Path f : files) {
      ResearchGraph g = ResearchGraph.read(f);
      StringWriter out = new StringWriter();
      g.writeJsonl(out);
      List<String> original = Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
      List<String> written = out.toString().lines().toList();
      assertThat(written).hasSameSizeAs(original);
      for (int i = 0; i < original.size(); i++) {
        assertThat(NkJson.parseObject(written.get(i))).as(f + ":" + (i + 1)).isEqualTo(NkJson.parseObject(original.get(i)));
      }
    }
  }

  @Test
  void importingAllSessionsYieldsPerEntryCitationAndRejectionCounts() throws IOException {
    try (Bank bank = Bank.open(tmp.resolve("bank.db").toString(), OpenOptions.defaults().withIndexDirectory(tmp.resolve("ix")))) {
      ConsultationLedger ledger = bank.consultations();
      int nodes = 0;
      for (Path f : sessions()) {
        ResearchGraph g = ResearchGraph.read(f);
        nodes += g.nodes().size();
        String task = f.getParent().getParent().getFileName().toString();
        // Both studies have T_A..T_C and a NoKB condition: the study keeps sessions apart.
        String study = f.toString().contains("section4") ? "section4/" : "appendix/";
        ledger.importGraph(study + task + "/" + f.getParent().getFileName(), task, g);
      }
      // 12 of the 16 appendix files are empty in the released data: 16 sessions hold nodes.
      assertThat(nodes).isEqualTo(147);
      assertThat(ledger.importedSessions()).hasSize(16);
      BankUseCounts counts = ledger.importedBankUse();
      assertThat(counts.cited()).hasSize(29);
      assertThat(counts.rejected()).hasSize(45);
      assertThat(counts.totalCitations()).isEqualTo(68);
      assertThat(counts.totalRejections()).isEqualTo(126);
      assertThat(counts.citedCount("kb-kdv-IMEX-CN-spectral-pass")).isEqualTo(9);
      assertThat(counts.rejectedCount("kb-burgers-MUSCL-Godunov-shock-pass")).isEqualTo(12);
      assertThat(counts.rejectedCount("kb-kdv-IFRK4-blowup")).isEqualTo(11);
      // Checked by grep on the files: cited in 9 experiments, rejected in 6.
      assertThat(counts.rejectedCount("kb-kdv-IMEX-CN-spectral-pass")).isEqualTo(6);
      assertThat(counts.entries().get(0)).isEqualTo("kb-kdv-IMEX-CN-spectral-pass");
      // The graphs come back exactly as they were written.
      ResearchGraph back = ledger.importedGraph("section4/T_A/PosNeg").orElseThrow();
      assertThat(back.objects()).containsExactlyElementsOf(
          ResearchGraph.read(PaperData.resolve("section4/stage2/T_A/PosNeg/research_state.jsonl")).objects());
    }
  }
}
