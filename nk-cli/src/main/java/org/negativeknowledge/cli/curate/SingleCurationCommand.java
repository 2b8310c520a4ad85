package org.negativeknowledge.cli.curate;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.Curator;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.RecordFiles;
import org.negativeknowledge.curator.TaskContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What depth1, deep and round2 share: task, output, audit, curator options, landing. */
abstract class SingleCurationCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--task-id", required = true, paramLabel = "ID", description = "the task id (the record's task_id)")
  String taskId;

  @Option(names = "--task-inst-file", required = true, paramLabel = "F",
      description = "the task instruction: a ScienceAgentBench task JSON (task_inst) or plain text")
  Path taskInstFile;

  @Option(names = "--output", required = true, paramLabel = "F", description = "where the record is written (atomically)")
  Path output;

  @Option(names = "--audit", paramLabel = "F", description = "where the audit record (JSON) is written")
  Path audit;

  @Mixin CurateOptions options;

  /** Runs the curation. */
  abstract CurationResult curate(Curator curator, TaskContext task);

  /** The round directories curated, in order (their failure signature deduplicates in the bank). */
  java.util.List<Path> roundDirectories() {
    return java.util.List.of();
  }

  @Override
  public Integer call() throws Exception {
    TaskContext task = TaskContext.fromInstructionFile(taskId, taskInstFile);
    java.nio.file.Files.createDirectories(output.toAbsolutePath().getParent());
    CurationResult r;
    try (CurateOptions.CuratorHandle h = options.open(output)) {
      r = curate(h.curator(), task);
    } catch (CuratorException e) {
      if (audit != null && e.audit().isPresent()) {
        RecordFiles.writeAtomically(audit, e.audit().get());
      }
      throw e;
    }
    var err = spec.commandLine().getErr();
    int code = CurationLanding.land(r, output, audit, options.bank, options.acceptIssues, err,
        options.bank == null ? java.util.List.of()
            : roundDirectories().stream().map(org.negativeknowledge.curator.FailureArtifacts::fromRoundDirectory).toList());
    spec.commandLine().getOut().println(
        (code == 0 || options.acceptIssues ? "wrote " + output : "not written: " + output)
            + " (" + CurationLanding.usageLine(r) + ")");
    return code;
  }
}
