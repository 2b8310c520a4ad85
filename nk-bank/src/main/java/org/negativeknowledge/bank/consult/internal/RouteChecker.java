package org.negativeknowledge.bank.consult.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.consult.RouteMatch;
import org.negativeknowledge.bank.consult.RouteMatchKind;
import org.negativeknowledge.bank.embed.Embeddings;
import org.negativeknowledge.bank.route.RouteMatcher;
import org.negativeknowledge.bank.route.RouteVerdict;
import org.negativeknowledge.bank.search.SearchFilters;
import org.negativeknowledge.bank.search.SearchHit;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.record.Polarity;
import org.negativeknowledge.record.RecordShape;

/**
 * The dead-end check over bank entries: the bank's full-text search finds candidate entries
 * (recall), then each of their routes is judged against the proposed route by the {@link
 * RouteMatcher} (precision), since BM25 scores are not comparable across queries and cannot carry a
 * fixed threshold. The same matcher serves {@code import-results --replay}.
 */
final class RouteChecker {
  /** Candidates taken from the search; enough that a route-level match is not cut off by ranking. */
  static final int CANDIDATES = 50;

  private RouteChecker() {}

  /** The matcher of one check: the configured one (with the embedding model unless it is off) at {@code threshold}. */
  static RouteMatcher matcher(double threshold) {
    return Embeddings.routeMatcher().withThreshold(threshold);
  }

  static List<RouteMatch> entryMatches(LedgerEntries bank, String route, String domain, RouteMatcher matcher) {
    SearchFilters filters = SearchFilters.activeOnly();
    if (domain != null && !domain.isBlank()) {
      filters = filters.withDomain(domain);
    }
    List<RouteMatch> out = new ArrayList<>();
    for (SearchHit h : bank.search(new SearchQuery(route, filters, CANDIDATES)).hits()) {
      BankEntry e = h.entry();
      if (e.shape() == RecordShape.DEEP) {
        for (JsonNode r : e.original().path("ruled_out_routes")) {
          add(out, RouteMatchKind.RULED_OUT_ROUTE, e.id(), text(r), route, matcher, h.score());
        }
      }
      if (e.polarity() == Polarity.NEGATIVE) {
        add(out, RouteMatchKind.NEGATIVE_ENTRY, e.id(), text(e.original().get("attempted_route")), route, matcher, h.score());
      }
    }
    return out;
  }

  static void add(List<RouteMatch> out, RouteMatchKind kind, String id, String candidate, String route,
      RouteMatcher matcher, double searchScore) {
    if (candidate == null || candidate.isBlank()) {
      return;
    }
    Optional<RouteVerdict> v = matcher.match(route, candidate);
    v.ifPresent(x -> out.add(new RouteMatch(kind, id, candidate, x.score(), searchScore, x.explanation())));
  }

  static List<RouteMatch> sorted(List<RouteMatch> matches) {
    List<RouteMatch> out = new ArrayList<>(matches);
    out.sort(Comparator.comparingDouble(RouteMatch::score).reversed().thenComparing(RouteMatch::sourceId));
    return out;
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      List<String> parts = new ArrayList<>();
      n.forEach(x -> parts.add(x.asText()));
      return String.join("; ", parts);
    }
    return n.isValueNode() ? n.asText() : null;
  }
}
