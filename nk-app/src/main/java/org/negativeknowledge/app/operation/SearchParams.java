package org.negativeknowledge.app.operation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.negativeknowledge.bank.entry.CurationOrigin;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.bank.search.SearchFilters;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.record.Polarity;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.taxonomy.Facet;

/**
 * The search filters, each described once: its argument (the name an HTTP query, an MCP tool and
 * the command line use) and how it narrows {@link SearchFilters}. Adding a filter is one entry
 * here plus the domain code in nk-bank's search.
 */
public final class SearchParams {

  /** One filter: its argument, and how a given value narrows the filters. */
  public record Filter(Param param, BiFunction<SearchFilters, String, SearchFilters> apply) {}

  /** The largest number of hits one search returns. */
  public static final int MAX_LIMIT = 200;

  /** The free text. */
  public static final Param QUERY = Param.text("query",
      "free text: the route, error or idea to look up (blank: every entry that passes the filters)").alias("q");

  /** The number of hits. */
  public static final Param LIMIT = Param.integer("limit",
      "most hits to return (default " + SearchQuery.DEFAULT_LIMIT + ")", 1, MAX_LIMIT);

  /** Every filter, in the order they are documented. */
  public static final List<Filter> FILTERS = filters();

  private SearchParams() {}

  private static List<Filter> filters() {
    List<Filter> f = new ArrayList<>();
    f.add(new Filter(Param.choice("polarity", "only positive or negative knowledge", names(Polarity.values())),
        (s, v) -> s.withPolarity(Polarity.fromWireName(v))));
    f.add(new Filter(Param.text("domain", "only entries of this domain (case-insensitive)"), SearchFilters::withDomain));
    f.add(new Filter(Param.text("task_id", "only entries of this task_id").alias("task").cliLabel("TASK_ID"),
        SearchFilters::withTaskId));
    f.add(new Filter(Param.integer("depth", "only entries of this depth (1 for single-round records)", 1, 1000),
        (s, v) -> s.withDepth(Integer.parseInt(v))));
    f.add(new Filter(Param.choice("shape", "only entries of this record shape", names(RecordShape.values())),
        (s, v) -> s.withShape(RecordShape.fromWireName(v))));
    f.add(new Filter(Param.text("status",
            "active (default), any, or a comma list of active, superseded, retracted").cliLabel("STATUS"),
        (s, v) -> s.withStatuses(statuses(v))));
    f.add(new Filter(Param.text("signature_key",
            "only entries stored with exactly this failure signature key (e.g. \"KeyError: 'price_usd'\")")
            .alias("signature").cliLabel("KEY"),
        SearchFilters::withSignatureKey));
    f.add(new Filter(Param.choice("curator", "only entries written by this kind of curator",
        List.of(CurationOrigin.OFFLINE, CurationOrigin.LLM)), SearchFilters::withCurator));
    for (Facet facet : Facet.values()) {
      Param p = Param.text(facet.fieldName(), "only entries whose failure." + facet.fieldName()
          + " is exactly this value").cliLabel("VALUE");
      f.add(new Filter(facet == Facet.RECOMMENDED_ACTION ? p.alias("action") : p, (s, v) -> s.withFacet(facet, v)));
    }
    return List.copyOf(f);
  }

  /** The search operation's arguments: query, every filter, limit. */
  public static List<Param> params() {
    List<Param> all = new ArrayList<>();
    all.add(QUERY);
    FILTERS.forEach(x -> all.add(x.param()));
    all.add(LIMIT);
    return all;
  }

  /** The filters {@code args} ask for (active entries only when no status is given). */
  public static SearchFilters filters(Args args) {
    SearchFilters f = SearchFilters.activeOnly();
    for (Filter x : FILTERS) {
      if (args.has(x.param().name())) {
        String value = x.param().type() == ParamType.INTEGER
            ? Long.toString(args.integer(x.param().name()).getAsLong())
            : args.requireText(x.param().name());
        try {
          f = x.apply().apply(f, value);
        } catch (IllegalArgumentException e) {
          throw new ArgumentException(x.param().name(), Args.expectation(x.param()), "is '" + value + "' (" + e.getMessage() + ")");
        }
      }
    }
    return f;
  }

  /** The query {@code args} describe: text, filters and limit. */
  public static SearchQuery query(Args args) {
    int limit = (int) args.integer(LIMIT.name()).orElse(SearchQuery.DEFAULT_LIMIT);
    return new SearchQuery(args.text(QUERY.name()).orElse(""), filters(args), limit);
  }

  private static Set<EntryStatus> statuses(String spec) {
    String s = spec.trim().toLowerCase(Locale.ROOT);
    if (s.equals("any") || s.equals("all")) {
      return EnumSet.allOf(EntryStatus.class);
    }
    EnumSet<EntryStatus> out = EnumSet.noneOf(EntryStatus.class);
    for (String part : s.split(",")) {
      if (!part.isBlank()) {
        out.add(EntryStatus.fromWireName(part.trim()));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no status named (use active, superseded, retracted or any)");
    }
    return out;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
  }
}
