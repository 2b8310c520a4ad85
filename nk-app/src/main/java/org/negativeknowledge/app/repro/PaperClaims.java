package org.negativeknowledge.app.repro;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The one table of the paper's numbers: every claim the paper's verifiers check (113: section 3
 * 39, section 4 20, appendix 54), with the value the paper states and what it measures, as
 * listed in {@code paper-claims.md}. These values are only ever compared with; every computed
 * value comes from reading the data files.
 */
public final class PaperClaims {
  private static final Study S3 = Study.SECTION3;
  private static final Study S4 = Study.SECTION4;
  private static final Study AP = Study.APPENDIX;

  private static final List<Claim> ALL =
      List.of(
      claim("S3-01", S3, "pilot task count", integer(38)),
      claim("S3-02", S3, "round-1 baseline passes", integer(12)),
      claim("S3-03", S3, "NK-test subset size", integer(24)),
      claim("S3-04", S3, "hard subset size", integer(19)),
      claim("S3-05", S3, "Table 1 base", text("12/38")),
      claim("S3-06", S3, "Table 1 + plain retry (B0)", text("12/38")),
      claim("S3-07", S3, "Table 1 + depth-1 NK retry", text("14/38")),
      claim("S3-08", S3, "Table 1 + self-debug (3 rounds)", text("17/38")),
      claim("S3-09", S3, "Table 1 + deep NK retry (d=3)", text("18/38")),
      claim("S3-10", S3, "base pass rate (%)", text("31.6")),
      claim("S3-11", S3, "final pass rate (%)", text("47.4")),
      claim("S3-12", S3, "lift in tasks", text("+6")),
      claim("S3-13", S3, "depth-1 NK retry on the NK-test subset", text("2/24")),
      claim("S3-14", S3, "self-debug on the NK-test subset", text("5/24")),
      claim("S3-15", S3, "deep NK retry (Sonnet solver) on the hard subset", text("1/19")),
      claim("S3-16", S3, "deep NK retry (Haiku solver) on the hard subset", text("0/19")),
      claim("S3-17", S3, "self-debug memory, median bytes", integer(4272)),
      claim("S3-18", S3, "depth-1 record, median bytes", integer(1187)),
      claim("S3-19", S3, "depth-3 record, median bytes", integer(3354)),
      claim("S3-20", S3, "byte saving, depth-1 vs self-debug (%)", text("72.2")),
      claim("S3-21", S3, "byte saving, depth-3 vs self-debug (%)", text("21.5")),
      claim("S3-22", S3, "solver tokens per dispatch, round 1 (median)", integer(16262)),
      claim("S3-23", S3, "solver tokens per dispatch, depth-1 NK retry (median)", integer(18080)),
      claim("S3-24", S3, "solver tokens per dispatch, deep NK retry, Sonnet (median)", integer(19247)),
      claim("S3-25", S3, "solver tokens per dispatch, deep NK retry, Haiku (median)", integer(48360)),
      claim("S3-26", S3, "round-2 records", integer(22)),
      claim("S3-27", S3, "round-2 records: round1_recipe_was_correct_but_insufficient", integer(13)),
      claim("S3-28", S3, "round-2 records: round1_recipe_was_wrong", integer(2)),
      claim("S3-29", S3, "depth-1 NK error rate (%)", text("9.1")),
      claim("S3-30", S3, "task 072 passes deep NK retry", bool(true)),
      claim("S3-31", S3, "task 072 deep NK retry evaluator score", integer(1)),
      claim("S3-32", S3, "depth-1 record, median tokens", integer(296)),
      claim("S3-33", S3, "self-debug memory, median tokens", integer(1109)),
      claim("S3-34", S3, "depth-3 record, median tokens", integer(795)),
      claim("S3-35", S3, "token saving, depth-1 (%, printed, not gated)", decimal("73.3")),
      claim("S3-36", S3, "token saving, depth-3 (%, printed, not gated)", decimal("28.3")),
      claim("S3-37", S3, "Table 1 retry pass rate (%, constant in report)", decimal("31.6")),
      claim("S3-38", S3, "Table 1 depth-1 NK retry pass rate (%, constant in report)", decimal("36.8")),
      claim("S3-39", S3, "Table 1 self-debug pass rate (%, constant in report)", decimal("44.7")),
      claim("S4-01", S4, "stage-1 programs", integer(7)),
      claim("S4-02", S4, "stage-1 NK records", integer(28)),
      claim("S4-03", S4, "stage-1 NK records, depth-1 (per round)", integer(21)),
      claim("S4-04", S4, "stage-1 NK records, deep synthesis", integer(7)),
      claim("S4-05", S4, "final bank size", integer(58)),
      claim("S4-06", S4, "final bank, positive entries", integer(15)),
      claim("S4-07", S4, "final bank, negative entries", integer(43)),
      claim("S4-08", S4, "deep entries in the final bank", integer(7)),
      claim("S4-09", S4, "legacy pilot bank, positive (input)", integer(10)),
      claim("S4-10", S4, "legacy pilot bank, negative (input)", integer(20)),
      claim("S4-11", S4, "NoKB passes of 3", integer(0)),
      claim("S4-12", S4, "PosOnly passes of 3", integer(1)),
      claim("S4-13", S4, "NegOnly passes of 3", integer(3)),
      claim("S4-14", S4, "PosNeg passes of 3", integer(3)),
      claim("S4-15", S4, "T_A amplitude floor is 0.25", bool(true)),
      claim("S4-16", S4, "T_A single-dominant-peak rule present", bool(true)),
      claim("S4-17", S4, "S6 prescribes linear viscosity 5e-2", bool(true)),
      claim("S4-18", S4, "S6: stage-1 S4 envelope 13 orders too weak", bool(true)),
      claim("S4-19", S4, "S7: -62.8 % v_max decay", bool(true)),
      claim("S4-20", S4, "S7: cosine similarity 0.94", bool(true)),
      claim("AP-01", AP, "NLS bank size", integer(21)),
      claim("AP-02", AP, "NLS bank, depth structural", integer(2)),
      claim("AP-03", AP, "NLS bank, depth family-level", integer(4)),
      claim("AP-04", AP, "BKdV positive bank", integer(10)),
      claim("AP-05", AP, "BKdV negative bank", integer(20)),
      claim("AP-06", AP, "NoKB passes of 4", integer(0)),
      claim("AP-07", AP, "BKdV passes of 4", integer(2)),
      claim("AP-08", AP, "NLS passes of 4", integer(3)),
      claim("AP-09", AP, "NLSBKdV passes of 4", integer(3)),
      claim("AP-10", AP, "T_A verdict with NoKB", bool(false)),
      claim("AP-11", AP, "T_A verdict with BKdV", bool(true)),
      claim("AP-12", AP, "T_A verdict with NLS", bool(true)),
      claim("AP-13", AP, "T_A verdict with NLSBKdV", bool(true)),
      claim("AP-14", AP, "T_B verdict with NoKB", bool(false)),
      claim("AP-15", AP, "T_B verdict with BKdV", bool(false)),
      claim("AP-16", AP, "T_B verdict with NLS", bool(true)),
      claim("AP-17", AP, "T_B verdict with NLSBKdV", bool(true)),
      claim("AP-18", AP, "T_C verdict with NoKB", bool(false)),
      claim("AP-19", AP, "T_C verdict with BKdV", bool(false)),
      claim("AP-20", AP, "T_C verdict with NLS", bool(true)),
      claim("AP-21", AP, "T_C verdict with NLSBKdV", bool(true)),
      claim("AP-22", AP, "T_D verdict with NoKB", bool(false)),
      claim("AP-23", AP, "T_D verdict with BKdV", bool(true)),
      claim("AP-24", AP, "T_D verdict with NLS", bool(false)),
      claim("AP-25", AP, "T_D verdict with NLSBKdV", bool(false)),
      claim("AP-26", AP, "T_B/NoKB stays bounded", bool(true)),
      claim("AP-27", AP, "T_B/BKdV blows up", bool(true)),
      claim("AP-28", AP, "T_B/BKdV u-field far above T_B/NoKB (label 140x, checked > 100x)", bool(true)),
      claim("AP-29", AP, "T_D/BKdV mass drift under the 5 % gate", bool(true)),
      claim("AP-30", AP, "T_D/NLS mass drift over the 5 % gate", bool(true)),
      claim("AP-31", AP, "stage-1 stress test S1 findings exist", bool(true)),
      claim("AP-32", AP, "stage-1 stress test S2 findings exist", bool(true)),
      claim("AP-33", AP, "stage-1 stress test S3 findings exist", bool(true)),
      claim("AP-34", AP, "stage-1 stress test S4 findings exist", bool(true)),
      claim("AP-35", AP, "stage-1 stress test S5 findings exist", bool(true)),
      claim("AP-36", AP, "stage-1 stress test S6 findings exist", bool(true)),
      claim("AP-37", AP, "stage-1 stress test S7 findings exist", bool(true)),
      claim("AP-38", AP, "stage-1 stress test S8 findings exist", bool(true)),
      claim("AP-39", AP, "stage-3 output exists, T_A/NoKB", bool(true)),
      claim("AP-40", AP, "stage-3 output exists, T_A/BKdV", bool(true)),
      claim("AP-41", AP, "stage-3 output exists, T_A/NLS", bool(true)),
      claim("AP-42", AP, "stage-3 output exists, T_A/NLSBKdV", bool(true)),
      claim("AP-43", AP, "stage-3 output exists, T_B/NoKB", bool(true)),
      claim("AP-44", AP, "stage-3 output exists, T_B/BKdV", bool(true)),
      claim("AP-45", AP, "stage-3 output exists, T_B/NLS", bool(true)),
      claim("AP-46", AP, "stage-3 output exists, T_B/NLSBKdV", bool(true)),
      claim("AP-47", AP, "stage-3 output exists, T_C/NoKB", bool(true)),
      claim("AP-48", AP, "stage-3 output exists, T_C/BKdV", bool(true)),
      claim("AP-49", AP, "stage-3 output exists, T_C/NLS", bool(true)),
      claim("AP-50", AP, "stage-3 output exists, T_C/NLSBKdV", bool(true)),
      claim("AP-51", AP, "stage-3 output exists, T_D/NoKB", bool(true)),
      claim("AP-52", AP, "stage-3 output exists, T_D/BKdV", bool(true)),
      claim("AP-53", AP, "stage-3 output exists, T_D/NLS", bool(true)),
      claim("AP-54", AP, "stage-3 output exists, T_D/NLSBKdV", bool(true)));

  private PaperClaims() {}

  /** Every claim, in the paper's order. */
  public static List<Claim> all() {
    return ALL;
  }

  /** The claims of {@code study} (all of them for {@link Study#ALL}), in order. */
  public static List<Claim> of(Study study) {
    return ALL.stream().filter(c -> study.parts().contains(c.study())).toList();
  }

  /** The claim with this id. */
  public static Optional<Claim> byId(String id) {
    return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  private static Claim claim(String id, Study study, String measured, ClaimValue paper) {
    return new Claim(id, study, measured, paper);
  }

  private static ClaimValue integer(long v) {
    return ClaimValue.ofInt(v);
  }

  private static ClaimValue text(String v) {
    return ClaimValue.ofText(v);
  }

  private static ClaimValue bool(boolean v) {
    return ClaimValue.ofBool(v);
  }

  private static ClaimValue decimal(String v) {
    return ClaimValue.ofDecimal(new BigDecimal(v));
  }
}
