package org.negativeknowledge.app.error;

/**
 * What kind of failure an operation ended in, whatever the front end. Each adapter maps a kind to
 * its own form in one place: an HTTP status, an exit code, an MCP tool error.
 */
public enum FailureKind {
  /** The caller's arguments or input are wrong (HTTP 400, exit 2). */
  INVALID("invalid"),
  /** The id names nothing in this bank (HTTP 404, exit 2). */
  NOT_FOUND("not_found"),
  /** The consultation protocol refused the step: undecided entries, a dead end under strict, a
   * second proposal or finding, a decision after the proposal (HTTP 409, exit 3). */
  REFUSED("refused"),
  /** The change conflicts with what the bank holds (an identical revision, a retracted entry)
   * (HTTP 409, exit 2). */
  CONFLICT("conflict"),
  /** The change was based on a revision that is no longer current (HTTP 412, exit 2). */
  STALE("stale"),
  /** An input is larger than this operation takes (HTTP 413, exit 2). */
  TOO_LARGE("too_large"),
  /** A curation could not produce a usable record (HTTP 422, exit 2). */
  UNPROCESSABLE("unprocessable"),
  /** A file outside what the caller may read (HTTP 403, exit 2). */
  FORBIDDEN("forbidden"),
  /** A model, a lock or a database is not available now; retrying later may work (HTTP 503, exit 2). */
  UNAVAILABLE("unavailable"),
  /** A failure of the project itself (HTTP 500, exit 2). */
  INTERNAL("internal");

  private final String wireName;

  FailureKind(String wireName) {
    this.wireName = wireName;
  }

  /** The name in JSON ({@code "kind": "not_found"}). */
  public String wireName() {
    return wireName;
  }
}
