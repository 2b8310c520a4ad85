package org.negativeknowledge.cli.curate;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nk curate depth1}: one failed round to a depth-1 record. */
@Command(name = "depth1", mixinStandardHelpOptions = true,
    description = "Curates one failed round (candidate.*, exec.log, reasoning.md, optional eval.log) into a depth-1 record.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:record written and valid", "1:record has validation issues", "2:usage, I/O or model error"})
public final class CurateDepth1Command extends SingleCurationCommand {

  @Option(names = "--round-dir", required = true, paramLabel = "DIR", description = "the failed round's directory")
  Path roundDir;

  @Override
  List<Path> roundDirectories() {
    return List.of(roundDir);
  }
}
