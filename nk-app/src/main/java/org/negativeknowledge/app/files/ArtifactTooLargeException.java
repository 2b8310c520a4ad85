package org.negativeknowledge.app.files;

import org.negativeknowledge.NkException;

/** An artifact file is larger than a confined curation reads ({@link FileAccess#MAX_FILE_BYTES}). */
public class ArtifactTooLargeException extends NkException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  /**
   * @param message which file, and its limit
   * @param limit the most bytes read
   */
  public ArtifactTooLargeException(String message, long limit) {
    super(message);
    this.limit = limit;
  }

  /** The most bytes a confined curation reads from one file. */
  public long limit() {
    return limit;
  }
}
