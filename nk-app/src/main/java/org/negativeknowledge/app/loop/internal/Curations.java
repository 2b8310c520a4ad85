package org.negativeknowledge.app.loop.internal;

import org.negativeknowledge.app.loop.internal.files.JsonFiles;
import org.negativeknowledge.app.loop.internal.files.TextFiles;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.app.loop.CurationRequest;
import org.negativeknowledge.app.loop.CuratedRecord;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.LoopTask;
import org.negativeknowledge.app.loop.NotRecordedException;
import org.negativeknowledge.app.loop.TokenUse;
import org.negativeknowledge.curator.CuratorException;

/**
 * The curations of a run: the record of a failed attempt ({@code nk_record.json}) and the deep
 * record an nkdeep attempt is shown ({@code memory_record.json}), each written with its audit and
 * added to the bank with its provenance when it validates.
 */
final class Curations {
  /** The record of an attempt's own failure. */
  static final String FAILURE_RECORD = "nk_record.json";
  /** The deep record an attempt was shown. */
  static final String MEMORY_RECORD = "memory_record.json";

  /**
   * A curation's outcome.
   *
   * @param summary what attempt.json records
   * @param record the record, when one was written
   */
  record Outcome(AttemptRecord.Curation summary, Optional<CuratedRecord> record) {}

  private Curations() {}

  /** Curates the failure of the attempt in {@code dir}: round-2 when it was shown {@code prior}. */
  static Outcome failure(RunContext ctx, LoopTask task, String step, Path dir, Optional<ObjectNode> prior) {
    CurationRequest.Kind kind = prior.isPresent() ? CurationRequest.Kind.ROUND2 : CurationRequest.Kind.DEPTH1;
    return curate(ctx, task, kind, List.of(step), List.of(dir), prior, dir, FAILURE_RECORD, "nk_audit.json", "failure",
        step);
  }

  /** Curates one deep record over the attempts of {@code steps}, for the attempt in {@code dir}. */
  static Outcome deep(RunContext ctx, LoopTask task, String step, List<String> steps, List<Path> dirs, Path dir) {
    return curate(ctx, task, CurationRequest.Kind.DEEP, steps, dirs, Optional.empty(), dir, MEMORY_RECORD,
        "memory_audit.json", "memory", step);
  }

  private static Outcome curate(RunContext ctx, LoopTask task, CurationRequest.Kind kind, List<String> steps,
      List<Path> dirs, Optional<ObjectNode> prior, Path dir, String recordFile, String auditFile, String role,
      String step) {
    String kindName = kind.name().toLowerCase(java.util.Locale.ROOT);
    List<CurationRequest.Round> rounds = new ArrayList<>();
    CuratedRecord r;
    try {
      for (int i = 0; i < steps.size(); i++) {
        rounds.add(new CurationRequest.Round(steps.get(i), dirs.get(i)));
      }
      r = ctx.curator().curate(new CurationRequest(kind, task, rounds, prior));
    } catch (NotRecordedException e) {
      return new Outcome(summary(role, kindName, "not_recorded", e.getMessage(), ctx), Optional.empty());
    } catch (LoopException | CuratorException e) {
      return new Outcome(summary(role, kindName, "error", e.getMessage(), ctx), Optional.empty());
    }
    TextFiles.writeAtomically(dir.resolve(recordFile), r.text());
    JsonFiles.write(dir.resolve(auditFile), r.result().audit());
    String entry = "";
    String note;
    try {
      LoopBank.Added added = ctx.bank().add(r, task, "nk loop " + ctx.layout().root().getFileName() + " " + task.id()
          + "/" + step, dirs);
      entry = added.entryId();
      note = added.note();
    } catch (RuntimeException e) {
      note = "not added: " + e.getMessage();
    }
    AttemptRecord.Curation s = new AttemptRecord.Curation(role, kindName, "written", "", r.curator(), r.tokens(),
        r.result().usage().duration().toMillis(), r.issues().size(), recordFile, entry, note);
    return new Outcome(s, Optional.of(r));
  }

  private static AttemptRecord.Curation summary(String role, String kind, String outcome, String message, RunContext ctx) {
    return new AttemptRecord.Curation(role, kind, outcome, message, ctx.curator().describe(), TokenUse.unknown(), 0, 0,
        "", "", "");
  }
}
