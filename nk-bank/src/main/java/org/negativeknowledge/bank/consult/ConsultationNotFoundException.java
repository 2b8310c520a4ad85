package org.negativeknowledge.bank.consult;

import java.util.Objects;

/** No consultation (or experiment) has the given id in this bank. */
public class ConsultationNotFoundException extends ConsultationException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  /**
   * @param kind what was looked for: {@code consultation} or {@code experiment}
   * @param id the id that is unknown
   */
  public ConsultationNotFoundException(String kind, String id) {
    super("this bank has no " + kind + " '" + id + "'");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.id = Objects.requireNonNull(id, "id");
  }

  /** What was looked for: {@code consultation} or {@code experiment}. */
  public String kind() {
    return kind;
  }

  /** The unknown id. */
  public String id() {
    return id;
  }
}
