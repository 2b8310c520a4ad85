package org.negativeknowledge.bank.io;

/** Receives progress of a long import; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {
  /** A listener that ignores progress. */
  ImportProgress NONE = (read, current) -> {};

  /**
   * Called every few thousand records and once at the end.
   *
   * @param recordsRead records read so far, over all inputs
   * @param currentSource the file being read
   */
  void onProgress(long recordsRead, String currentSource);
}
