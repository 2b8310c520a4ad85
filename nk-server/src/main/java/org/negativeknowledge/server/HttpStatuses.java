package org.negativeknowledge.server;

import org.negativeknowledge.app.error.Failure;

/** The one place that maps a failure's kind to an HTTP status (the MCP tool errors carry it too). */
public final class HttpStatuses {
  private HttpStatuses() {}

  /** The HTTP status of {@code f}. */
  public static int of(Failure f) {
    return switch (f.kind()) {
      case INVALID -> 400;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case REFUSED, CONFLICT -> 409;
      case STALE -> 412;
      case TOO_LARGE -> 413;
      case UNPROCESSABLE -> 422;
      case UNAVAILABLE -> 503;
      case INTERNAL -> 500;
    };
  }
}
