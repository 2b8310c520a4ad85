package org.negativeknowledge.cli.curate;

import java.nio.file.Path;
import java.util.List;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.Curator;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
  java.util.List<Path> roundDirectories() {
    return roundDirs;
  }

  @Override
  CurationResult curate(Curator curator, TaskContext task) {
    if (roundDirs.size() < 2) {
      CommandSpec s = spec;
      throw new ParameterException(s.commandLine(), "deep needs --round-dir at least twice (got " + roundDirs.size() + "); use depth1 for one round");
    }
    return curator.curateDeep(task, roundDirs.stream().map(FailureArtifacts::fromRoundDirectory).toList());
  }
}
