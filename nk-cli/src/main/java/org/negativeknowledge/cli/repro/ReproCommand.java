package org.negativeknowledge.cli.repro;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.repro.Repro;
import org.negativeknowledge.app.repro.ReproOptions;
import org.negativeknowledge.app.repro.ReproReport;
import org.negativeknowledge.app.repro.Study;
import org.negativeknowledge.app.repro.report.JsonReport;
import org.negativeknowledge.app.repro.report.MarkdownReport;
import org.negativeknowledge.app.repro.report.TextReport;
import org.negativeknowledge.record.NkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nk repro}: every number of the paper re-derived from its artifacts; a thin layer over
 * {@link Repro#run(Path, Study, ReproOptions)}. Exit 0 when every claim the data can decide
 * matches (and every cross-check and recomputed verdict agrees), 1 otherwise, 2 for usage or I/O
 * errors.
 */
@Command(name = "repro", mixinStandardHelpOptions = true,
    description = {
      "Re-derives every number the paper's verifiers check (113 claims) from the released data"
          + " and compares it with the paper's value.",
      "Exit codes: 0 every claim the data can decide matches, 1 a claim, cross-check or verdict"
          + " differs, 2 usage or I/O error."})
public final class ReproCommand implements Callable<Integer> {
  /** The environment variable naming the data folder. */
  static final String DATA_ENV = "NK_PAPER_DATA";

  /** The output formats. */
  enum Format { text, json, markdown }

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "the paper's data folder (holding section3/, section4/, appendix/); default:"
          + " $" + DATA_ENV + ", else ../shared/nk-paper beside the project")
  Path data;

  @Option(names = "--study", defaultValue = "all", paramLabel = "STUDY",
      description = "section3, section4, appendix or all; default: ${DEFAULT-VALUE}")
  String study;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json or markdown; default: ${DEFAULT-VALUE}")
  Format format;

  @Option(names = "--recompute-verdicts",
      description = "also recompute the verified_results.json verdicts from the pred_results/*.npy outputs")
  boolean recomputeVerdicts;

  @Override
  public Integer call() {
    Study chosen = Study.fromCliName(study);
    Path dir = dataDir();
    ReproReport report = Repro.run(dir, chosen,
        ReproOptions.defaults().withRecomputeVerdicts(recomputeVerdicts));
    var out = spec.commandLine().getOut();
    switch (format) {
      case json -> out.println(NkJson.pretty(JsonReport.toJson(report)));
      case markdown -> out.print(MarkdownReport.render(report, LocalDate.now()));
      case text -> out.print(TextReport.render(report));
    }
    out.flush();
    return report.reproduced() ? 0 : 1;
  }

  private Path dataDir() {
    if (data != null) {
      return data;
    }
    String env = System.getenv(DATA_ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path root = projectRoot().orElseThrow(() -> new IllegalArgumentException(
        "no data folder given, and this nk runs from a jar outside the project, so"
            + " ../shared/nk-paper cannot be found: pass --data DIR or set " + DATA_ENV));
    Path dir = root.resolve("../shared/nk-paper").normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "no data folder given and none at " + dir + " (../shared/nk-paper beside the project):"
              + " pass --data DIR or set " + DATA_ENV);
    }
    return dir;
  }

  /** The folder holding the {@code nk} launcher, found upwards from where this class was loaded. */
  private static Optional<Path> projectRoot() {
    try {
      var source = ReproCommand.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path p = Path.of(source.getLocation().toURI()).toAbsolutePath();
      for (int i = 0; i < 5 && p != null; i++, p = p.getParent()) {
        if (Files.isRegularFile(p.resolve("nk")) && Files.isRegularFile(p.resolve("pom.xml"))) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return Optional.empty();
    }
  }
}
