package org.negativeknowledge.cli.validate;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.stream.FileChange;
import org.negativeknowledge.validation.stream.NormalizationSummary;
import org.negativeknowledge.validation.stream.RecordFileNormalizer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nk normalize}: writes a copy of a record file with known facet aliases replaced. */
@Command(
    name = "normalize",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a normalised copy of a .json or .jsonl record file: each facet value that is a"
          + " known alias in the profile is replaced by its canonical value"
          + " (regime_bound -> regime_bound_failure), and each change is reported on stderr.",
      "Without --output or --in-place the copy goes to standard output. Files are replaced"
          + " atomically: a failed run leaves them as they were."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done (with or without changes)", "2:usage error, unreadable or unparsable input"})
public final class NormalizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--profile",
      defaultValue = "core",
      paramLabel = "PROFILE",
      description = "taxonomy profile whose aliases apply: core, exploration or a profile JSON file;"
          + " default: ${DEFAULT-VALUE}")
  String profile;

  @ArgGroup(exclusive = true)
  Destination destination;

  /** Where the copy goes; standard output when absent. */
  static final class Destination {
    @Option(names = "--output", paramLabel = "FILE", description = "write the copy to FILE")
    Path output;

    @Option(names = "--in-place", description = "replace PATH by its normalised copy")
    boolean inPlace;
  }

  @Parameters(paramLabel = "PATH", description = "a .json or .jsonl record file")
  Path path;

  @Override
  public Integer call() throws Exception {
    RecordFileNormalizer normalizer = RecordFileNormalizer.of(TaxonomyProfile.byName(profile));
    PrintWriter err = spec.commandLine().getErr();
    Consumer<FileChange> report = err::println;
    NormalizationSummary summary;
    if (destination == null) {
      Writer out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
      summary = normalizer.normalize(path, out, report);
      out.flush();
    } else {
      Path target = destination.inPlace ? path : destination.output;
      summary = normalizer.normalizeToFile(path, target, report);
    }
    err.println(summary.records() + " records, " + summary.changes() + " changes");
    err.flush();
    return 0;
  }
}
