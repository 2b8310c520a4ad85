package org.negativeknowledge.taxonomy;

import org.negativeknowledge.NkException;

/** A taxonomy profile that cannot be found, read or understood. */
public final class TaxonomyException extends NkException {
  private static final long serialVersionUID = 1L;

  public TaxonomyException(String message) {
    super(message);
  }

  public TaxonomyException(String message, Throwable cause) {
    super(message, cause);
  }
}
