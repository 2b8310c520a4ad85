package org.negativeknowledge.curator.offline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.curator.replay.ReplayCase;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/** Loads and curates the compared cases of section 3 (by split) and of section 4. */
final class AgreementCases {

  private static final Pattern TASK = Pattern.compile("^(task_\\d+)");
  private static final Pattern SECTION4_RECORD = Pattern.compile("^(BKdV-S\\d+)_r(\\d+)\\.json$");

  private AgreementCases() {}

  /**
   * Curates every section-3 audit case offline (core profile) and tags it with its split.
   *
   * @throws IllegalStateException when a task of the folder is missing from the split file
   */
  static List<AgreementCase> section3(Path auditDir, Path work, Section3Split split) {
    OfflineCurator curator = new OfflineCurator();
    List<AgreementCase> cases = new ArrayList<>();
    for (Path audit : ReplayCase.auditFiles(auditDir)) {
      ReplayCase c = ReplayCase.materialise(audit, work);
      Matcher m = TASK.matcher(c.name());
      String task = m.find() ? m.group(1) : c.name();
      String set = split.splitOf(task).orElseThrow(() -> new IllegalStateException(
          audit + ": task " + task + " is not in " + Section3Split.RESOURCE
              + "; add a row for it by the rule in the file's header before measuring"));
      CurationResult r = switch (c.kind()) {
        case "deep" -> curator.curateDeep(c.task(), c.rounds());
        case "round2" -> curator.curateRound2(c.task(), c.priorRecord(), c.rounds().get(0));
        default -> curator.curateDepth1(c.task(), c.rounds().get(0));
      };
      cases.add(new AgreementCase(c.name(), set, c.kind(), c.expected(), r));
    }
    return cases;
  }

  /**
   * Curates the round folder behind every section-4 depth-1 record offline (exploration profile):
   * {@code nk_records/BKdV-S<k>_r<n>.json} was written from {@code stage1/BKdV-S<k>/round<n>/}.
   * The task instruction is left empty: the programs' {@code hypothesis.md} was written after the
   * rounds and would hand the curator their outcome.
   */
  static List<AgreementCase> section4(Path section4Dir) {
    OfflineCurator curator = new OfflineCurator(TaxonomyProfile.exploration());
    List<AgreementCase> cases = new ArrayList<>();
    for (Path file : list(section4Dir.resolve("nk_records"))) {
      Matcher m = SECTION4_RECORD.matcher(file.getFileName().toString());
      if (!m.matches()) {
        continue;
      }
      Path round = section4Dir.resolve("stage1").resolve(m.group(1)).resolve("round" + m.group(2));
      ObjectNode expected = read(file);
      CurationResult r = curator.curateDepth1(new TaskContext(m.group(1), ""), FailureArtifacts.fromRoundDirectory(round));
      cases.add(new AgreementCase(m.group(1) + "_r" + m.group(2), AgreementCase.SECTION4, "depth1", expected, r));
    }
    return cases;
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list", e);
    }
  }

  private static ObjectNode read(Path file) {
    try {
      return NkJson.parseObject(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read", e);
    }
  }
}
