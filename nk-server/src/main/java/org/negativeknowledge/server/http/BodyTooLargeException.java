package org.negativeknowledge.server.http;

import org.negativeknowledge.server.ServerException;

/** A request body beyond the server's size limit (HTTP 413). */
public final class BodyTooLargeException extends ServerException {
  private static final long serialVersionUID = 1L;

  public BodyTooLargeException(long limit) {
    super(413, "request body larger than the limit of " + limit + " bytes (send less, or start the server with a"
        + " larger --max-body)", null);
  }
}
