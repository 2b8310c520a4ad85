package org.negativeknowledge.cli.curate;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.negativeknowledge.app.curate.Curation;
import org.negativeknowledge.app.curate.CurationOutcome;
import org.negativeknowledge.app.curate.CurationRequest;
import org.negativeknowledge.app.curate.CuratorChoice;
import org.negativeknowledge.app.curate.StorePolicy;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.RecordFiles;
import org.negativeknowledge.curator.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nk curate batch}: curates every failed round directory under a runs folder, resumably. */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {
      "Curates every failed round directory under DIR into a depth-1 record written next to it"
          + " (RECORD-NAME, default nk_record.json, and nk_audit.json), or with --out into the same"
          + " relative folder under OUT (the runs tree may then be read-only).",
      "A round directory holds candidate.* and exec.log; it failed unless exec.log and eval.log say"
          + " exit_code=0 and eval.log's output starts a line with (1, True or PASS.",
      "Resumable: rounds whose record already exists are skipped. The task id is the nearest"
          + " ancestor named task_<id> (else the parent's name); the instruction comes from"
          + " --tasks DIR/task_<id>.json when given."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every failed round curated", "1:some rounds failed to curate or have issues", "2:usage or I/O error"})
public final class CurateBatchCommand implements Callable<Integer> {
  private static final Pattern TASK_DIR = Pattern.compile("task_([A-Za-z0-9_.-]+)");

  @Spec CommandSpec spec;

  @Option(names = "--runs", required = true, paramLabel = "DIR", description = "folder searched recursively for round directories")
  Path runs;

  @Option(names = "--jobs", defaultValue = "2", paramLabel = "N", description = "curations in parallel; default: ${DEFAULT-VALUE}")
  int jobs;

  @Option(names = "--out", paramLabel = "OUT",
      description = "write records and audits under OUT, mirroring the runs tree; default: next to each round")
  Path outDir;

  @Option(names = "--tasks", paramLabel = "DIR", description = "folder of task_<id>.json files (instructions)")
  Path tasks;

  @Option(names = "--record-name", defaultValue = "nk_record.json", paramLabel = "NAME",
      description = "file name of each record; default: ${DEFAULT-VALUE}")
  String recordName;

  @Mixin CurateOptions options;

  @Override
  public Integer call() throws Exception {
    if (jobs < 1) {
      throw new IllegalArgumentException("--jobs must be >= 1, got " + jobs);
    }
    List<Path> failed;
    try (Stream<Path> s = Files.walk(runs)) {
      failed = s.filter(FailureArtifacts::isRoundDirectory).filter(RoundOutcome::failed).sorted().toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null;
    AtomicInteger written = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicLong tokensIn = new AtomicLong();
    AtomicLong tokensOut = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    CuratorChoice choice = options.choice();
    StorePolicy policy = options.policy();
    try (Bank bank = options.openBank()) {
      Curation curation = new Curation(bank);
      List<Future<?>> futures = new ArrayList<>();
      for (Path dir : failed) {
        futures.add(pool.submit(() -> {
          Path landing = landingDir(dir);
          Path output = landing.resolve(recordName);
          if (Files.exists(output)) {
            skipped.incrementAndGet();
          } else {
            try {
              Files.createDirectories(landing);
              CurationOutcome o = curation.curate(request(dir, output), choice, policy);
              tokensIn.addAndGet(o.result().usage().inputTokens());
              tokensOut.addAndGet(o.result().usage().outputTokens());
              int code;
              synchronized (err) {
                code = CurationLanding.land(o, output, landing.resolve("nk_audit.json"), policy, err);
              }
              (code == 0 ? written : failures).incrementAndGet();
              if (code != 0 && options.acceptIssues) {
                written.incrementAndGet();
              }
            } catch (RuntimeException | java.io.IOException e) {
              failures.incrementAndGet();
              if (e instanceof CuratorException ce && ce.audit().isPresent()) {
                RecordFiles.writeAtomically(landing.resolve("nk_audit.json"), ce.audit().get());
              }
              synchronized (err) {
                err.println(dir + ": " + e.getMessage());
              }
            }
          }
          int n = done.incrementAndGet();
          if (terminal) {
            synchronized (err) {
              err.print("\rcurated " + n + "/" + failed.size());
              err.flush();
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    if (terminal) {
      err.println();
    }
    out.println("failed rounds " + failed.size() + ": written " + written.get() + ", failed " + failures.get()
        + ", skipped (already done) " + skipped.get() + "; tokens in " + tokensIn.get() + ", out " + tokensOut.get());
    return failures.get() == 0 ? 0 : 1;
  }

  /** Where a round's record and audit go: next to it, or its mirror under --out. */
  private Path landingDir(Path roundDir) {
    return outDir == null ? roundDir : outDir.resolve(runs.relativize(roundDir));
  }

  private CurationRequest request(Path dir, Path output) {
    return CurationRequest.of(taskContext(taskId(dir)), List.of(FailureArtifacts.fromRoundDirectory(dir)))
        .withOutputPath(output)
        .withSource(output.toString());
  }

  private TaskContext taskContext(String taskId) {
    if (tasks != null) {
      Path f = tasks.resolve("task_" + taskId + ".json");
      if (Files.isRegularFile(f)) {
        return TaskContext.fromInstructionFile(taskId, f);
      }
    }
    return new TaskContext(taskId, "");
  }

  static String taskId(Path dir) {
    for (Path p = dir.toAbsolutePath(); p != null && p.getFileName() != null; p = p.getParent()) {
      Matcher m = TASK_DIR.matcher(p.getFileName().toString());
      if (m.matches()) {
        return m.group(1);
      }
    }
    Path parent = dir.toAbsolutePath().getParent();
    return parent != null && parent.getFileName() != null ? parent.getFileName().toString() : dir.getFileName().toString();
  }

}
