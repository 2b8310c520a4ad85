package org.negativeknowledge.app.repro;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-derives every number of the paper from its released artifacts: the claims of {@link
 * PaperClaims}, each computed only from the raw files (records, dispatches, graphs, banks, {@code
 * .npy} outputs, token counts) and compared with the paper's value; the aggregate files checked
 * against the raw files they summarise; on request the verdicts recomputed from the outputs.
 *
 * <pre>{@code
 * ReproReport report = Repro.run(Path.of("../shared/nk-paper"), Study.ALL);
 * report.studies().forEach(s -> System.out.println(s.summaryLine()));
 * }</pre>
 *
 * Stateless; each run reads the files anew.
 */
public final class Repro {
  private Repro() {}

  /** Re-derives the claims of {@code study} from {@code dataDir}, with the default options. */
  public static ReproReport run(Path dataDir, Study study) {
    return run(dataDir, study, ReproOptions.defaults());
  }

  /**
   * Re-derives the claims of {@code study} from {@code dataDir}.
   *
   * @param dataDir the paper's data folder (holding {@code section3/}, {@code section4/}, {@code
   *     appendix/})
   * @throws ReproException when the folder does not exist or holds none of the studies, or when a
   *     file is malformed; the message names the file and the fix
   */
  public static ReproReport run(Path dataDir, Study study, ReproOptions options) {
    if (!Files.isDirectory(dataDir)) {
      throw new ReproException(
          dataDir + ": no such folder; point to the paper's data folder (the one holding section3/,"
              + " section4/ and appendix/)");
    }
    DataFiles files = new DataFiles(dataDir);
    boolean any = study.parts().stream().anyMatch(s -> files.isDirectory(s.cliName()));
    if (!any) {
      throw new ReproException(
          dataDir + ": holds no " + study.parts().stream().map(Study::cliName).toList()
              + " folder; point to the paper's data folder (the one holding section3/, section4/"
              + " and appendix/)");
    }
    List<StudyReport> reports = new ArrayList<>();
    List<CrossCheck> checks = new ArrayList<>();
    List<RecomputedVerdict> verdicts = new ArrayList<>();
    for (Study s : study.parts()) {
      reports.add(StudyRunner.claims(files, s));
      checks.addAll(StudyRunner.crossChecks(files, s));
      if (options.recomputeVerdicts()) {
        verdicts.addAll(VerdictRecomputation.run(files, s));
      }
    }
    return new ReproReport(files.root(), study, reports, checks, options.recomputeVerdicts(), verdicts);
  }
}
