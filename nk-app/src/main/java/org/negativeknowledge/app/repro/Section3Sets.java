package org.negativeknowledge.app.repro;

/**
 * The task sets of section 3 (paper-claims.md 2.1), built once from the artifacts.
 *
 * @param p38 the pilot tasks
 * @param nk the NK-test subset (Sonnet round-1 dispatches, files and solver account)
 * @param b2 self-debug passes in any round: PASS(s, round2_B2) and PASS(s, round3_B2)
 * @param hard NK minus B2
 * @param c0 BASE
 * @param c1 C0 and PASS(s, round2_B0)
 * @param c2 C1 and PASS(s, round2_NKR)
 * @param c3 C2 and B2
 * @param c4 C3 and PASS(s, deepNKR_sonnet)
 */
public record Section3Sets(
    TaskSet p38, TaskSet nk, TaskSet b2, TaskSet hard,
    TaskSet c0, TaskSet c1, TaskSet c2, TaskSet c3, TaskSet c4) {

  /** Builds the sets from {@code a}. */
  public static Section3Sets of(Section3Artifacts a) {
    String s = Section3Claims.SONNET;
    TaskSet nk = a.nkSubset();
    TaskSet b2 = a.passes(s, "round2_B2").union(a.passes(s, "round3_B2"));
    TaskSet c0 = a.baselinePasses();
    TaskSet c1 = c0.union(a.passes(s, "round2_B0"));
    TaskSet c2 = c1.union(a.passes(s, "round2_NKR"));
    TaskSet c3 = c2.union(b2);
    TaskSet c4 = c3.union(a.passes(s, "deepNKR_sonnet"));
    return new Section3Sets(a.pilotTasks(), nk, b2, nk.minus(b2), c0, c1, c2, c3, c4);
  }
}
