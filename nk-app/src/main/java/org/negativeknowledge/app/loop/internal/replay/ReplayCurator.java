package org.negativeknowledge.app.loop.internal.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.app.loop.CurationRequest;
import org.negativeknowledge.app.loop.CuratedRecord;
import org.negativeknowledge.app.loop.LoopCurator;
import org.negativeknowledge.app.loop.NotRecordedException;
import org.negativeknowledge.app.loop.TokenUse;
import org.negativeknowledge.app.loop.internal.files.JsonFiles;
import org.negativeknowledge.app.loop.internal.files.TextFiles;
import org.negativeknowledge.curator.CurationAttempt;
import org.negativeknowledge.curator.CurationProvenance;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.InputHash;
import org.negativeknowledge.curator.UsageAccount;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.ValidationLevel;
import org.negativeknowledge.validation.ValidationReport;
import org.negativeknowledge.validation.Validator;

/**
 * Answers curations from the paper's recorded records ({@code nk_records/}) and their curator runs
 * ({@code curator_audit/}): the depth-1 record of {@code base/round1}, the round-2 record of {@code
 * nk1/round2}, and the deep record over {@code base/round1}, {@code selfdebug/round2} and {@code
 * selfdebug/round3}. The record text is the file's, byte for byte.
 */
public final class ReplayCurator implements LoopCurator {
  private final PaperRecording recording;

  public ReplayCurator(PaperRecording recording) {
    this.recording = recording;
  }

  @Override
  public CuratedRecord curate(CurationRequest request) {
    String task = request.task().id();
    List<String> steps = request.rounds().stream().map(CurationRequest.Round::step).toList();
    String suffix = switch (request.kind()) {
      case DEPTH1 -> steps.equals(List.of("base/round1")) ? "" : null;
      case ROUND2 -> steps.equals(List.of("nk1/round2")) ? "_r2" : null;
      case DEEP -> steps.equals(List.of("base/round1", "selfdebug/round2", "selfdebug/round3")) ? "_deep" : null;
    };
    Path file = suffix == null ? null : recording.section3().resolve("nk_records/task_" + task + suffix + ".json");
    if (file == null || !Files.isRegularFile(file)) {
      throw new NotRecordedException("no recorded " + request.kind().name().toLowerCase(java.util.Locale.ROOT)
          + " record of task " + task + " over " + steps + " (the study curated base/round1, nk1/round2 and a deep record"
          + " over base/round1 and selfdebug/round2..3)");
    }
    String text = TextFiles.read(file);
    ObjectNode record = NkJson.parseObject(text);
    int depth = request.kind() == CurationRequest.Kind.DEEP ? steps.size() : 1;
    ValidationReport validation = Validator.of(TaxonomyProfile.core(), ValidationLevel.STRICT).validateNk(record, depth);
    Path auditFile = recording.section3().resolve("curator_audit/task_" + task + suffix + ".json");
    ObjectNode audit = JsonNodeFactory.instance.objectNode();
    audit.put("curator", "replay");
    audit.put("record_file", file.toString());
    TokenUse tokens = TokenUse.unknown();
    Duration took = Duration.ZERO;
    int toolUses = 0;
    String model = "recorded";
    List<InputHash> inputs = new ArrayList<>();
    if (Files.isRegularFile(auditFile)) {
      ObjectNode a = JsonFiles.read(auditFile);
      JsonNode d = a.path("dispatch");
      audit.put("audit_file", auditFile.toString());
      audit.set("dispatch", d.deepCopy());
      if (d.path("tokens").asLong(0) > 0) {
        tokens = TokenUse.totalOnly(d.path("tokens").asLong());
      }
      took = Duration.ofMillis(d.path("duration_ms").asLong(0));
      toolUses = d.path("tool_uses").asInt(0);
      model = a.path("curator_model").asText(model);
      ObjectNode listed = audit.putObject("inputs");
      a.path("inputs").properties().forEach(e -> {
        if (e.getValue().has("sha256")) {
          inputs.add(new InputHash(e.getKey(), Optional.empty(), e.getValue().path("bytes").asLong(),
              e.getValue().path("sha256").asText()));
          listed.putObject(e.getKey()).put("path", e.getValue().path("path").asText())
              .put("bytes", e.getValue().path("bytes").asLong()).put("sha256", e.getValue().path("sha256").asText());
        }
      });
    }
    String variant = request.kind().name().toLowerCase(java.util.Locale.ROOT);
    CurationResult result = new CurationResult(record, validation, new UsageAccount(0, 0, 0, 0, 1, toolUses, took, "recorded"),
        audit, List.of(new CurationAttempt(record, validation)), CurationProvenance.llm(model, variant, inputs));
    return new CuratedRecord(text, result, tokens, "replay");
  }

  @Override
  public String describe() {
    return "replay of " + recording.section3().resolve("nk_records");
  }
}
