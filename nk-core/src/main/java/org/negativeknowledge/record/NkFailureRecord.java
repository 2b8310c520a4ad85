package org.negativeknowledge.record;

/**
 * An NK record (depth 1 or depth N): what the two shapes share beyond {@link NkRecord}. Read
 * tolerantly: each accessor returns {@code null} when the field is absent or not a string.
 */
public sealed interface NkFailureRecord extends NkRecord permits Depth1Record, DeepRecord {

  /** The task or program the attempt(s) belonged to. */
  default String taskId() {
    return NkRecord.text(json(), "task_id");
  }

  /** The mechanism: why the route failed. */
  default String rationale() {
    return NkRecord.text(json(), "rationale");
  }

  /** One concrete next route. */
  default String recommendedAlternative() {
    return NkRecord.text(json(), "recommended_alternative");
  }
}
