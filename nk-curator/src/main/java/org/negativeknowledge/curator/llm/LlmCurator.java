package org.negativeknowledge.curator.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.negativeknowledge.curator.ArtifactBudgets;
import org.negativeknowledge.curator.ArtifactReader;
import org.negativeknowledge.curator.ArtifactText;
import org.negativeknowledge.curator.CurationAttempt;
import org.negativeknowledge.curator.CurationInputs;
import org.negativeknowledge.curator.CurationProvenance;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.Curator;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.InputHash;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.curator.audit.AuditRecorder;
import org.negativeknowledge.curator.internal.Causes;
import org.negativeknowledge.curator.model.ModelClient;
import org.negativeknowledge.curator.prompt.PromptTemplate;
import org.negativeknowledge.curator.prompt.PromptTemplates;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.ValidationLevel;

/**
 * A curator that asks a language model (through a {@link ModelClient}) to write the record.
 *
 * <p>In {@link CurationMode#INLINE} mode (the default) the bounded artifacts go into one request
 * and the model answers with one forced {@code write_record} tool call whose input schema is the
 * record's JSON Schema. In {@link CurationMode#TOOLS} mode the model gets {@code Read} and {@code
 * Write} tools confined by a {@link org.negativeknowledge.curator.sandbox.ToolSandbox} and works in
 * a loop of at most {@code maxTurns} model calls. In both modes a record that fails validation gets
 * one repair turn that sends the issues back; the result lists both attempts.
 *
 * <p>The curator writes no file: the record and the audit come back in the {@link CurationResult}
 * and the caller lands them with {@link org.negativeknowledge.curator.RecordFiles} (atomically). In
 * tools mode the model's {@code Write} is checked against {@link Builder#outputPath(Path)} and its
 * content is held in memory until validated. A failure throws a {@link CuratorException} carrying
 * the audit so far ({@link CuratorException#audit()}).
 *
 * <p>Immutable and thread-safe when its client is; each curation has its own state.
 */
public final class LlmCurator implements Curator {

  /**
   * The largest tool-call input accepted from a model, in characters of compact JSON. A record
   * takes a few kilobytes; a larger input ends the curation ({@link OversizedAnswerException}).
   */
  public static final int MAX_TOOL_INPUT_CHARS = 256 * 1024;

  private final ModelClient client;
  private final CurationMode mode;
  private final TaxonomyProfile profile;
  private final ValidationLevel level;
  private final ArtifactBudgets budgets;
  private final PromptTemplates templates;
  private final int maxTurns;
  private final Path outputPath;

  private LlmCurator(Builder b) {
    this.client = Objects.requireNonNull(b.client, "client");
    this.mode = b.mode;
    this.profile = b.profile;
    this.level = b.level;
    this.budgets = b.budgets;
    this.templates = b.templates;
    this.maxTurns = b.maxTurns;
    this.outputPath = b.outputPath;
  }

  /** A builder; only the client is required. */
  public static Builder builder(ModelClient client) {
    return new Builder(client);
  }

  /** The mode this curator uses. */
  public CurationMode mode() {
    return mode;
  }

  @Override
  public CurationResult curateDepth1(TaskContext task, FailureArtifacts round) {
    return run(CurationJob.depth1(task, round, budgets));
  }

  @Override
  public CurationResult curateDeep(TaskContext task, List<FailureArtifacts> rounds) {
    if (rounds.size() < 2) {
      throw new IllegalArgumentException(
          "a deep record needs at least 2 rounds, got " + rounds.size() + "; use curateDepth1 for one");
    }
    return run(CurationJob.deep(task, rounds, budgets));
  }

  @Override
  public CurationResult curateRound2(TaskContext task, ObjectNode round1Record, FailureArtifacts round2) {
    Objects.requireNonNull(round1Record, "round1Record");
    return run(CurationJob.round2(task, round1Record, round2, budgets));
  }

  private CurationResult run(CurationJob job) {
    Instant start = Instant.now();
    AuditRecorder audit =
        AuditRecorder.start(job.task().taskId(), job.kind().wireName(), mode.name().toLowerCase(java.util.Locale.ROOT), client.model());
    UsageMeter meter = new UsageMeter();
    try {
      List<ArtifactText> texts = new ArrayList<>();
      List<InputHash> hashes = new ArrayList<>();
      for (JobInput in : job.inputs()) {
        if (in.present()) {
          ArtifactText t = ArtifactReader.read(in.location(), in.budgetChars());
          texts.add(t);
          hashes.add(InputHash.of(in.name(), t));
          audit.input(in.name(), t);
        } else {
          audit.missingInput(in.name(), in.location());
        }
      }
      job.priorRecord().ifPresent(r -> {
        audit.recordInput(CurationInputs.PRIOR_RECORD, NkJson.pretty(r));
        hashes.add(InputHash.ofText(CurationInputs.PRIOR_RECORD, NkJson.pretty(r)));
      });
      Path target = outputPath != null ? outputPath : job.baseDir().resolve("nk_record.json");
      PromptTemplate template = templates.template(job.kind());
      String prompt =
          PromptAssembler.fill(template, job, mode, texts, profile, target.toAbsolutePath().normalize().toString());
      audit.prompt(template.source(), prompt);
      RecordCheck check = new RecordCheck(job, profile, level);
      Outcome outcome =
          mode == CurationMode.INLINE
              ? new InlineSession(client, check, audit, meter, job).run(prompt)
              : new ToolsSession(client, check, audit, meter, job, target,
                      maxTurns > 0 ? maxTurns : job.readableFiles().size() + 6).run(prompt);
      var usage = meter.account(Duration.between(start, Instant.now()));
      audit.output(outcome.record(), outcome.validation());
      audit.usage(usage);
      return new CurationResult(outcome.record(), outcome.validation(), usage, audit.toJson(), outcome.attempts(),
          CurationProvenance.llm(client.model(), job.kind().wireName(), hashes));
    } catch (CuratorException e) {
      audit.error(e.getMessage());
      audit.usage(meter.account(Duration.between(start, Instant.now())));
      throw e.attachAudit(audit.toJson());
    } catch (RuntimeException e) {
      CuratorException wrapped = new CuratorException(
          "curation of task " + job.task().taskId() + " failed unexpectedly: " + Causes.chain(e), e);
      audit.error(wrapped.getMessage());
      audit.usage(meter.account(Duration.between(start, Instant.now())));
      throw wrapped.attachAudit(audit.toJson());
    }
  }

  /** The record a session settled on, its validation and every attempt. */
  record Outcome(ObjectNode record, org.negativeknowledge.validation.ValidationReport validation, List<CurationAttempt> attempts) {}

  /** Settings of an {@link LlmCurator}. */
  public static final class Builder {
    private final ModelClient client;
    private CurationMode mode = CurationMode.INLINE;
    private TaxonomyProfile profile = TaxonomyProfile.core();
    private ValidationLevel level = ValidationLevel.STRICT;
    private ArtifactBudgets budgets = ArtifactBudgets.defaults();
    private PromptTemplates templates = PromptTemplates.builtIn();
    private int maxTurns;
    private Path outputPath;

    private Builder(ModelClient client) {
      this.client = client;
    }

    /** Inline (default) or tools. */
    public Builder mode(CurationMode m) {
      this.mode = Objects.requireNonNull(m);
      return this;
    }

    /** The taxonomy the record must use (default core). */
    public Builder profile(TaxonomyProfile p) {
      this.profile = Objects.requireNonNull(p);
      return this;
    }

    /** The validation level that decides whether a repair turn runs (default strict). */
    public Builder validationLevel(ValidationLevel l) {
      this.level = Objects.requireNonNull(l);
      return this;
    }

    /** Per-artifact character budgets (default {@link ArtifactBudgets#defaults()}). */
    public Builder budgets(ArtifactBudgets b) {
      this.budgets = Objects.requireNonNull(b);
      return this;
    }

    /** Prompt templates (default built-in). */
    public Builder templates(PromptTemplates t) {
      this.templates = Objects.requireNonNull(t);
      return this;
    }

    /** Tools mode: the most model calls before giving up (default: the number of input files + 6). */
    public Builder maxTurns(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("maxTurns must be >= 1, got " + n);
      }
      this.maxTurns = n;
      return this;
    }

    /**
     * Tools mode: the one path the model may Write (the caller lands the record there); default
     * {@code nk_record.json} in the first round's directory. Its directory must exist.
     */
    public Builder outputPath(Path p) {
      this.outputPath = p;
      return this;
    }

    public LlmCurator build() {
      return new LlmCurator(this);
    }
  }
}
