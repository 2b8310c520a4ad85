package org.negativeknowledge.cli.curate;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code nk curate deep}: N >= 2 failed rounds to one deep record. */
@Command(name = "deep", mixinStandardHelpOptions = true,
    description = "Curates N >= 2 failed rounds of one task (repeat --round-dir, in order) into one deep record of depth N.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:record written and valid", "1:record has validation issues", "2:usage, I/O or model error"})
public final class CurateDeepCommand extends SingleCurationCommand {

  @Option(names = "--round-dir", required = true, paramLabel = "DIR", description = "a round directory; give it once per round, in order")
  List<Path> roundDirs;

  @Override
  List<Path> roundDirectories() {
    if (roundDirs.size() < 2) {
      throw new ParameterException(spec.commandLine(),
          "deep needs --round-dir at least twice (got " + roundDirs.size() + "); use depth1 for one round");
    }
    return roundDirs;
  }
}
