package org.negativeknowledge.bank.search;

/**
 * The kinds of text an entry holds and their weights. Several JSON fields may feed one kind (a
 * deep record's round routes count as {@link #ROUTE} like a depth-1 route).
 *
 * <p>In the index every text goes to one field, {@link #ALL_FIELD}, and the texts of the key kinds
 * (those that name what was tried or claimed, and the diagnosis) also to {@link #KEY_FIELD}; a
 * query term scores in both, so key texts weigh more. Two flat fields keep a 4-term query at 8
 * term clauses, which Lucene's dynamic pruning answers in a few milliseconds over a million
 * entries; a field per kind with per-field boosts was about ten times slower.
 */
public enum TextField {
  ROUTE(3.0f),
  CLAIM(3.0f),
  DIAGNOSIS(2.5f),
  RULED_OUT(2.0f),
  OBSERVATION(1.5f),
  RATIONALE(1.5f),
  ALTERNATIVE(1.5f),
  APPLICABILITY(1.2f),
  METHOD(1.2f),
  IDENTITY(1.0f),
  EVIDENCE(0.7f),
  OTHER(0.7f);

  /** The index field holding every text of an entry. */
  public static final String ALL_FIELD = "t_all";

  /** The index field holding the texts of the key kinds again. */
  public static final String KEY_FIELD = "t_key";

  /** The extra weight of a match in {@link #KEY_FIELD}. */
  public static final float KEY_BOOST = 1.5f;

  private final float boost;

  TextField(float boost) {
    this.boost = boost;
  }

  /** Whether texts of this kind also go to {@link #KEY_FIELD}. */
  public boolean isKey() {
    return boost >= 2.0f;
  }

  /** How much a match in this kind of text weighs against one in another (used for snippets). */
  public float boost() {
    return boost;
  }
}
