package org.negativeknowledge.server.internal;

import java.util.EnumSet;
import java.util.Set;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.bank.search.SearchFilters;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.record.Polarity;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.server.InvalidRequestException;
import org.negativeknowledge.taxonomy.Facet;

/**
 * Turns search arguments into a {@link SearchQuery}: {@code query} (or {@code q}), {@code
 * polarity}, {@code domain}, the five facet names, {@code depth}, {@code status} ({@code active}
 * default, {@code any}, or a comma list), {@code task_id}, {@code shape}, {@code limit} (1..200).
 */
public final class SearchRequests {
  /** The largest accepted {@code limit}. */
  public static final int MAX_LIMIT = 200;

  private SearchRequests() {}

  /** The query the arguments describe. */
  public static SearchQuery parse(JsonArgs a) {
    String text = a.optText("query").or(() -> a.optText("q")).orElse("");
    SearchFilters f = SearchFilters.activeOnly();
    try {
      if (a.optText("polarity").isPresent()) {
        f = f.withPolarity(Polarity.fromWireName(a.optText("polarity").get()));
      }
      if (a.optText("domain").isPresent()) {
        f = f.withDomain(a.optText("domain").get());
      }
      for (Facet facet : Facet.values()) {
        if (a.optText(facet.fieldName()).isPresent()) {
          f = f.withFacet(facet, a.optText(facet.fieldName()).get());
        }
      }
      if (a.optInt("depth", 1, 1000).isPresent()) {
        f = f.withDepth(a.optInt("depth", 1, 1000).getAsInt());
      }
      if (a.optText("status").isPresent()) {
        f = f.withStatuses(statuses(a.optText("status").get()));
      }
      if (a.optText("task_id").isPresent()) {
        f = f.withTaskId(a.optText("task_id").get());
      }
      if (a.optText("shape").isPresent()) {
        f = f.withShape(RecordShape.fromWireName(a.optText("shape").get()));
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage());
    }
    int limit = a.optInt("limit", 1, MAX_LIMIT).orElse(SearchQuery.DEFAULT_LIMIT);
    return new SearchQuery(text, f, limit);
  }

  private static Set<EntryStatus> statuses(String spec) {
    if (spec.equalsIgnoreCase("any") || spec.equalsIgnoreCase("all")) {
      return EnumSet.allOf(EntryStatus.class);
    }
    EnumSet<EntryStatus> s = EnumSet.noneOf(EntryStatus.class);
    for (String part : spec.split(",")) {
      if (!part.isBlank()) {
        s.add(EntryStatus.fromWireName(part.trim()));
      }
    }
    if (s.isEmpty()) {
      throw new InvalidRequestException("argument 'status' names no status (use active, superseded, retracted or any)");
    }
    return s;
  }
}
