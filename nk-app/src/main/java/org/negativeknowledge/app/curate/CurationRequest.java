package org.negativeknowledge.app.curate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;

/**
 * What to curate: a task and its failed rounds; one round gives a depth-1 record, one round with
 * the round-1 record a round-2 record, N >= 2 rounds a depth-N record. Immutable; start from {@link
 * #of}.
 *
 * @param task the task the rounds belong to
 * @param rounds the failed rounds, oldest first (at least one)
 * @param round1Record for a round-2 curation, the record of round 1 the attempt was given; else null
 * @param outputPath where a tools-mode curator writes the record; null for the default
 * @param domain the domain of the entry in the bank, or null
 * @param source the provenance source of the entry (a file, a request label), or null
 * @param recordExtras fields added to the stored record when it lacks them (e.g. {@code experiment})
 */
public record CurationRequest(
    TaskContext task,
    List<FailureArtifacts> rounds,
    ObjectNode round1Record,
    Path outputPath,
    String domain,
    String source,
    ObjectNode recordExtras) {

  public CurationRequest {
    Objects.requireNonNull(task, "task");
    rounds = List.copyOf(rounds);
    if (rounds.isEmpty()) {
      throw new IllegalArgumentException("a curation needs at least one failed round");
    }
    if (round1Record != null && rounds.size() != 1) {
      throw new IllegalArgumentException("a round-2 curation takes exactly one round, got " + rounds.size());
    }
  }

  /** A curation of {@code rounds} of {@code task}. */
  public static CurationRequest of(TaskContext task, List<FailureArtifacts> rounds) {
    return new CurationRequest(task, rounds, null, null, null, null, null);
  }

  /** This request as a round-2 curation given {@code record} of round 1. */
  public CurationRequest withRound1Record(ObjectNode record) {
    return new CurationRequest(task, rounds, record, outputPath, domain, source, recordExtras);
  }

  /** This request with a tools-mode output path. */
  public CurationRequest withOutputPath(Path path) {
    return new CurationRequest(task, rounds, round1Record, path, domain, source, recordExtras);
  }

  /** This request storing the entry under {@code value} as its domain. */
  public CurationRequest withDomain(String value) {
    return new CurationRequest(task, rounds, round1Record, outputPath, value, source, recordExtras);
  }

  /** This request with a provenance source. */
  public CurationRequest withSource(String value) {
    return new CurationRequest(task, rounds, round1Record, outputPath, domain, value, recordExtras);
  }

  /** This request adding {@code extras}' fields to the stored record where it lacks them. */
  public CurationRequest withRecordExtras(ObjectNode extras) {
    return new CurationRequest(task, rounds, round1Record, outputPath, domain, source, extras);
  }

  /** {@code depth1}, {@code round2} or {@code deep}. */
  public String variant() {
    return round1Record != null ? "round2" : rounds.size() == 1 ? "depth1" : "deep";
  }
}
