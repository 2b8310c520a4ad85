package org.negativeknowledge.bank.consult;

import java.util.List;

/** A strict proposal matched ruled-out routes the agent had not rejected as inapplicable. */
public class DeadEndException extends ProposalRefusedException {
  private static final long serialVersionUID = 1L;

  private final List<RouteMatch> matches;

  public DeadEndException(String consultationId, List<RouteMatch> matches) {
    super(describe(consultationId, matches));
    this.matches = List.copyOf(matches);
  }

  /** The matched routes, best first. */
  public List<RouteMatch> matches() {
    return matches;
  }

  private static String describe(String consultationId, List<RouteMatch> matches) {
    StringBuilder sb =
        new StringBuilder("consultation " + consultationId + ": the proposal matches "
            + matches.size() + " ruled-out route(s):");
    for (RouteMatch m : matches) {
      sb.append(String.format(" [%s %s score %.2f: %s; why: %s]", m.kind().wireName(), m.sourceId(), m.score(), m.route(),
          m.why()));
    }
    sb.append(" (change the route, or reject the entry as inapplicable with a reason and propose again)");
    return sb.toString();
  }
}
