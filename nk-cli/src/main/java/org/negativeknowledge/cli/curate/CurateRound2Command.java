package org.negativeknowledge.cli.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.Curator;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.record.NkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nk curate round2}: round 2 after a round-1 record, to a record with relationship_to_round1. */
@Command(name = "round2", mixinStandardHelpOptions = true,
    description = "Curates round 2 of a task, given the round-1 record the solver saw, into a depth-1 record"
        + " that also says how round 2 relates to it (relationship_to_round1).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:record written and valid", "1:record has validation issues", "2:usage, I/O or model error"})
public final class CurateRound2Command extends SingleCurationCommand {

  @Option(names = "--prior-record", required = true, paramLabel = "F", description = "the round-1 record (JSON)")
  Path priorRecord;

  @Option(names = "--round-dir", required = true, paramLabel = "DIR", description = "the round-2 directory")
  Path roundDir;

  @Override
  java.util.List<Path> roundDirectories() {
    return java.util.List.of(roundDir);
  }

  @Override
  CurationResult curate(Curator curator, TaskContext task) {
    try {
      return curator.curateRound2(task, NkJson.parseObject(Files.readString(priorRecord)),
          FailureArtifacts.fromRoundDirectory(roundDir));
    } catch (IOException e) {
      throw new UncheckedIOException(priorRecord + ": cannot read the prior record: " + e.getMessage(), e);
    }
  }
}
