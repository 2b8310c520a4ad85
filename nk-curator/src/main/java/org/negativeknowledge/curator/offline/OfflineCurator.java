package org.negativeknowledge.curator.offline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.negativeknowledge.curator.CurationAttempt;
import org.negativeknowledge.curator.CurationInputs;
import org.negativeknowledge.curator.CurationProvenance;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.Curator;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.InputHash;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.curator.UsageAccount;
import org.negativeknowledge.curator.offline.internal.InputDigest;
import org.negativeknowledge.curator.offline.internal.OutputContract;
import org.negativeknowledge.curator.offline.internal.PriorEvidence;
import org.negativeknowledge.curator.offline.internal.RecordAssembler;
import org.negativeknowledge.curator.offline.internal.RoundFacts;
import org.negativeknowledge.curator.offline.internal.TaxonomyRules;
import org.negativeknowledge.curator.offline.internal.TaxonomyVerdict;
import org.negativeknowledge.curator.signature.FailureMarker;
import org.negativeknowledge.curator.signature.FailureSignature;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.Facet;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.ValidationIssue;
import org.negativeknowledge.validation.ValidationLevel;
import org.negativeknowledge.validation.ValidationReport;
import org.negativeknowledge.validation.Validator;

/**
 * A curator that needs no model: it extracts a {@link FailureSignature} from each round's logs and
 * writes the record by fixed rules over the signature, the eval log and the code (see {@code
 * TaxonomyRules} for the facet rules). Text fields are concrete where the signature supports it
 * and say plainly when nothing specific can be derived; every text respects its length bound.
 *
 * <p>Provenance lives in the result's audit, not in the record (so the record stays valid at the
 * strict level): {@code "curator": "offline"}, the {@code signature_key} of the failure, the
 * signature of every round and the rule that chose each facet. A later model curation of the same
 * failure can supersede the record by that key.
 *
 * <p>Thread-safe: instances hold only the profile.
 */
public final class OfflineCurator implements Curator {

  /** Version of the rule set, recorded in every audit. */
  public static final String RULES_VERSION = "offline-rules-2";

  private final TaxonomyProfile profile;

  /** An offline curator validating against the core profile. */
  public OfflineCurator() {
    this(TaxonomyProfile.core());
  }

  /**
   * An offline curator validating against {@code profile}; the rules write core values, plus
   * {@code hypothesis_failure} when the profile has it.
   */
  public OfflineCurator(TaxonomyProfile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  @Override
  public CurationResult curateDepth1(TaskContext task, FailureArtifacts round) {
    Instant start = Instant.now();
    List<InputHash> inputs = CurationInputs.hash("depth1", List.of(round));
    RoundFacts facts = RoundFacts.read(1, round);
    TaxonomyVerdict verdict =
        TaxonomyRules.forRound(facts, OutputContract.of(task.instruction()), PriorEvidence.none(), hypothesisLayer());
    ObjectNode record = RecordAssembler.depth1(task.taskId(), facts, verdict);
    return finish("depth1", task, List.of(round), List.of(facts), facts, verdict, record, 1, start, inputs);
  }

  @Override
  public CurationResult curateDeep(TaskContext task, List<FailureArtifacts> rounds) {
    if (rounds.size() < 2) {
      throw new IllegalArgumentException(
          "a deep record needs at least 2 rounds, got " + rounds.size() + " (use curateDepth1 for one)");
    }
    Instant start = Instant.now();
    List<InputHash> inputs = CurationInputs.hash("deep", rounds);
    List<RoundFacts> facts = new ArrayList<>();
    for (int i = 0; i < rounds.size(); i++) {
      facts.add(RoundFacts.read(i + 1, rounds.get(i)));
    }
    TaxonomyVerdict verdict = TaxonomyRules.forRounds(facts, OutputContract.of(task.instruction()), hypothesisLayer());
    ObjectNode record = RecordAssembler.deep(task.taskId(), facts, verdict);
    RoundFacts reference = RecordAssembler.referenceRound(facts);
    return finish("deep", task, rounds, facts, reference, verdict, record, rounds.size(), start, inputs);
  }

  @Override
  public CurationResult curateRound2(TaskContext task, ObjectNode round1Record, FailureArtifacts round2) {
    Objects.requireNonNull(round1Record, "round1Record");
    Instant start = Instant.now();
    List<InputHash> inputs = new ArrayList<>(CurationInputs.hash("round2", List.of(round2)));
    inputs.add(InputHash.ofText(CurationInputs.PRIOR_RECORD, NkJson.pretty(round1Record)));
    RoundFacts facts = RoundFacts.read(2, round2);
    TaxonomyVerdict verdict = TaxonomyRules.forRound(
        facts, OutputContract.of(task.instruction()), PriorEvidence.ofRecord(round1Record), hypothesisLayer());
    ObjectNode record = RecordAssembler.round2(task.taskId(), round1Record, facts, verdict);
    return finish("round2", task, List.of(round2), List.of(facts), facts, verdict, record, 1, start, inputs);
  }

  /** The rules write {@code hypothesis_failure} only where the profile has it. */
  private boolean hypothesisLayer() {
    return profile.allows(Facet.LAYER, "hypothesis_failure");
  }

  private CurationResult finish(
      String mode,
      TaskContext task,
      List<FailureArtifacts> artifacts,
      List<RoundFacts> facts,
      RoundFacts reference,
      TaxonomyVerdict verdict,
      ObjectNode record,
      int depth,
      Instant start,
      List<InputHash> inputs) {
    ValidationReport report =
        Validator.of(profile, ValidationLevel.STRICT).validateNk(record, depth);
    Duration took = Duration.between(start, Instant.now());
    ObjectNode audit = audit(mode, task, artifacts, facts, reference, verdict, record, report, took);
    return new CurationResult(record, report, UsageAccount.none(took), audit, List.of(new CurationAttempt(record, report)),
        CurationProvenance.offline(mode, inputs, reference.signature().signatureKey()));
  }

  private ObjectNode audit(
      String mode,
      TaskContext task,
      List<FailureArtifacts> artifacts,
      List<RoundFacts> facts,
      RoundFacts reference,
      TaxonomyVerdict verdict,
      ObjectNode record,
      ValidationReport report,
      Duration took) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode a = json.objectNode();
    a.put("curator", "offline");
    a.put("rules_version", RULES_VERSION);
    a.put("mode", mode);
    a.put("task_id", task.taskId());
    a.put("profile", profile.name());
    a.put("signature_key", reference.signature().signatureKey());
    a.put("created_at", Instant.now().toString());
    a.put("duration_ms", took.toMillis());
    ArrayNode rounds = a.putArray("rounds");
    for (int i = 0; i < facts.size(); i++) {
      RoundFacts f = facts.get(i);
      FailureSignature s = f.signature();
      ObjectNode r = rounds.addObject();
      r.put("round", f.round());
      r.put("signature_key", s.signatureKey());
      r.put("round_class", f.roundClass().name().toLowerCase(java.util.Locale.ROOT));
      r.put("outcome", s.outcome().name().toLowerCase(java.util.Locale.ROOT));
      if (s.exitCode().isPresent()) {
        r.put("exit_code", s.exitCode().getAsInt());
      }
      s.traceback().ifPresent(t -> r.put("exception_type", t.exceptionType()));
      ArrayNode markers = r.putArray("markers");
      for (FailureMarker m : s.markers()) {
        markers.add(m.name().toLowerCase(java.util.Locale.ROOT));
      }
      r.put("eval_status", s.eval().status().name().toLowerCase(java.util.Locale.ROOT));
      r.put("log_truncated", s.logTruncated());
      ArrayNode inputs = r.putArray("inputs");
      FailureArtifacts art = artifacts.get(i);
      inputs.add(InputDigest.describe("code", art.code()));
      inputs.add(InputDigest.describe("exec_log", art.execLog()));
      art.evalLog().ifPresent(p -> inputs.add(InputDigest.describe("eval_log", p)));
      inputs.add(InputDigest.describe("reasoning", art.reasoning()));
    }
    a.set("rules", verdict.rulesJson());
    a.set("output", record.deepCopy());
    ArrayNode issues = a.putArray("issues");
    for (ValidationIssue issue : report.issues()) {
      ObjectNode n = issues.addObject();
      n.put("path", issue.path());
      n.put("code", issue.code());
      n.put("message", issue.message());
    }
    return a;
  }
}
