package org.negativeknowledge.app.curate;

/** Whether a curated record goes into the bank. */
public enum StorePolicy {
  /** Never: curate only. */
  NONE,
  /** Only a record without validation issues (the default everywhere). */
  VALID_ONLY,
  /** Also a record that still has issues after the repair turn (the caller accepted them). */
  ACCEPT_ISSUES
}
