package org.negativeknowledge.app.loop.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.negativeknowledge.app.loop.AttemptStatus;
import org.negativeknowledge.app.loop.Condition;
import org.negativeknowledge.app.loop.TokenUse;

/**
 * What one attempt's {@code attempt.json} records: written last, so an attempt is complete exactly
 * when it exists. The report, {@code results.tsv} and {@code research_state.jsonl} are made from
 * these files alone.
 *
 * @param task the task id
 * @param step the attempt's key ({@code nk1/round2})
 * @param owner the condition the key belongs to
 * @param round the round
 * @param status how it ended
 * @param message why it ended so, for an error or a missing recording; the evaluator's message
 *     otherwise
 * @param startedAt when the attempt began
 * @param finishedAt when it ended
 * @param memoryKind what it was shown ({@code none}, {@code record}, ...)
 * @param memoryBytes the memory object's size in bytes
 * @param memoryTokens its size in cl100k_base tokens
 * @param memoryComplete false when a part of the memory was not there to show (not measured)
 * @param solverTokens what the solver's answer cost
 * @param solverMillis how long the solver took
 * @param plan the route the solver said it took
 * @param execution how the run went, when the candidate ran
 * @param bank the consultation, decisions, experiment and finding, for a bank attempt
 * @param curations the curations the attempt caused: the deep record it was shown, the record of
 *     its failure
 */
public record AttemptRecord(
    String task, String step, Condition owner, int round, AttemptStatus status, String message,
    Instant startedAt, Instant finishedAt, String memoryKind, long memoryBytes, int memoryTokens, boolean memoryComplete,
    TokenUse solverTokens, long solverMillis, String plan, Optional<Run> execution, Optional<BankUse> bank,
    List<Curation> curations) {

  public AttemptRecord {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(memoryKind, "memoryKind");
    Objects.requireNonNull(solverTokens, "solverTokens");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(execution, "execution");
    Objects.requireNonNull(bank, "bank");
    curations = List.copyOf(curations);
  }

  /**
   * The run of the candidate.
   *
   * @param exitCode its exit code
   * @param runMillis how long it ran
   * @param evalMillis how long the evaluator ran
   * @param verdict {@code pass}, {@code fail}, {@code no_verdict} or {@code not_run}
   * @param score the evaluator's score
   * @param stops limits that stopped it
   * @param outsideWrites writes outside the workspace seen
   * @param leftovers processes left behind and killed
   * @param candidateSha256 the SHA-256 of the main candidate file
   */
  public record Run(OptionalInt exitCode, long runMillis, long evalMillis, String verdict, OptionalDouble score,
      List<String> stops, List<String> outsideWrites, int leftovers, String candidateSha256) {
    public Run {
      stops = List.copyOf(stops);
      outsideWrites = List.copyOf(outsideWrites);
    }

    /** A crash in the results log's sense: non-zero exit, a stop, or no verdict. */
    public boolean crashed() {
      return exitCode.orElse(-1) != 0 || !stops.isEmpty() || verdict.equals("no_verdict");
    }
  }

  /**
   * A bank attempt's dealings with the ledger.
   *
   * @param consultationId the consultation
   * @param decisions one per shown entry, in rank order
   * @param experimentId the proposed experiment
   * @param outcome the finding reported ({@code success} or {@code failure}), empty when none was
   */
  public record BankUse(String consultationId, List<Decided> decisions, String experimentId, Optional<String> outcome) {
    public BankUse {
      decisions = List.copyOf(decisions);
    }
  }

  /**
   * The decision on one shown entry.
   *
   * @param entryId the entry
   * @param task the task the entry came from ({@code task_id}), blank for none
   * @param decision {@code adopt} or {@code reject}
   * @param reason the reason
   * @param bySolver false when the solver gave none and the loop recorded a reject
   */
  public record Decided(String entryId, String task, String decision, String reason, boolean bySolver) {}

  /**
   * One curation.
   *
   * @param role {@code memory} (the deep record the attempt was shown) or {@code failure} (the
   *     record of its own failure)
   * @param kind {@code depth1}, {@code round2} or {@code deep}
   * @param outcome {@code written}, {@code not_recorded} or {@code error}
   * @param message what went wrong, or blank
   * @param curator {@code offline}, {@code model:<id>} or {@code replay}
   * @param tokens what it cost
   * @param millis how long it took
   * @param issues strict validation issues of the record
   * @param file the record file, relative to the attempt's folder, or blank
   * @param bankEntry the bank entry it became, or blank when it was not added
   * @param bankNote what the bank did with it ({@code imported}, {@code deduplicated}, why not added)
   */
  public record Curation(String role, String kind, String outcome, String message, String curator, TokenUse tokens,
      long millis, int issues, String file, String bankEntry, String bankNote) {}

  /** Whether the attempt passed. */
  public boolean passed() {
    return status == AttemptStatus.PASSED;
  }
}
