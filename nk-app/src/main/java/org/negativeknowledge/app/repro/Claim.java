package org.negativeknowledge.app.repro;

import java.util.Objects;

/**
 * One number of the paper, as its verifiers check it: the paper's value and what it measures.
 * The values are the paper's; they never take part in a computation (see {@link PaperClaims}).
 *
 * @param id the claim's id in {@code paper-claims.md} ({@code S3-01}, {@code S4-11}, {@code
 *     AP-39})
 * @param study the study the claim belongs to
 * @param measured what the number measures, in the claim's words
 * @param paper the paper's value, with the verifier's type
 */
public record Claim(String id, Study study, String measured, ClaimValue paper) {
  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(study, "study");
    Objects.requireNonNull(measured, "measured");
    Objects.requireNonNull(paper, "paper");
  }
}
