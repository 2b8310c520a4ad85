package org.negativeknowledge.bank.consult;

import java.util.Objects;

/**
 * What consultations taught about one entry. Counts cover every revision of the entry; an
 * adoption counts towards success or failure once its experiment has a finding.
 *
 * @param entryId the entry
 * @param surfaced how many consultations showed it
 * @param adopted decisions to adopt it
 * @param rejected decisions to reject it
 * @param adoptedThenSuccess adoptions whose experiment succeeded
 * @param adoptedThenPartial adoptions whose experiment was a partial success
 * @param adoptedThenFailure adoptions whose experiment failed
 * @param misleading whether it is flagged {@value ConsultationLedger#MISLEADING}: adopted then
 *     failure at least the threshold number of times, with no success
 */
public record EntryUsefulness(
    String entryId,
    long surfaced,
    long adopted,
    long rejected,
    long adoptedThenSuccess,
    long adoptedThenPartial,
    long adoptedThenFailure,
    boolean misleading) {
  public EntryUsefulness {
    Objects.requireNonNull(entryId, "entryId");
  }

  /** Successes minus failures after adoption: positive helped, negative hurt. */
  public long net() {
    return adoptedThenSuccess - adoptedThenFailure;
  }
}
