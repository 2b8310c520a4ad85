package org.negativeknowledge.cli.bank;

import java.util.EnumSet;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.bank.search.SearchFilters;
import org.negativeknowledge.record.Polarity;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.taxonomy.Facet;
import picocli.CommandLine.Option;

/**
 * The filter options shared by {@code nk bank search} and {@code nk bank render} (a picocli
 * {@code @Mixin}); every option given must match.
 */
public final class SearchFilterOptions {

  /** The statuses a search may ask for. */
  enum StatusChoice {
    ACTIVE,
    SUPERSEDED,
    RETRACTED,
    ALL
  }

  @Option(names = "--polarity", paramLabel = "positive|negative", description = "only entries of this polarity")
  String polarity;

  @Option(names = "--domain", paramLabel = "DOMAIN", description = "only entries of this domain (case-insensitive)")
  String domain;

  @Option(names = "--layer", paramLabel = "VALUE", description = "only entries with this failure layer")
  String layer;

  @Option(names = "--scope", paramLabel = "VALUE", description = "only entries with this failure scope")
  String scope;

  @Option(names = "--degree", paramLabel = "VALUE", description = "only entries with this failure degree")
  String degree;

  @Option(names = "--action", paramLabel = "VALUE", description = "only entries with this recommended_action")
  String action;

  @Option(names = "--risk", paramLabel = "VALUE", description = "only entries with this failure risk")
  String risk;

  @Option(names = "--depth", paramLabel = "N", description = "only entries of this depth (1 for single-round records)")
  Integer depth;

  @Option(names = "--status", paramLabel = "active|superseded|retracted|all", defaultValue = "active",
      description = "only entries in this status; default: ${DEFAULT-VALUE}")
  StatusChoice status;

  @Option(names = "--task", paramLabel = "TASK_ID", description = "only entries of this task_id")
  String task;

  @Option(names = "--shape", paramLabel = "depth1|deep|knowledge", description = "only entries of this shape")
  String shape;

  @Option(names = "--signature", paramLabel = "KEY",
      description = "only entries stored with exactly this failure signature key (e.g. \"KeyError: 'price_usd'\")")
  String signature;

  /** The filters these options describe. */
  public SearchFilters filters() {
    SearchFilters f = SearchFilters.activeOnly();
    if (polarity != null) {
      f = f.withPolarity(Polarity.fromWireName(polarity));
    }
    if (domain != null) {
      f = f.withDomain(domain);
    }
    f = facet(f, Facet.LAYER, layer);
    f = facet(f, Facet.SCOPE, scope);
    f = facet(f, Facet.DEGREE, degree);
    f = facet(f, Facet.RECOMMENDED_ACTION, action);
    f = facet(f, Facet.RISK, risk);
    if (depth != null) {
      if (depth < 1) {
        throw new IllegalArgumentException("--depth must be at least 1, got " + depth);
      }
      f = f.withDepth(depth);
    }
    f = switch (status) {
      case ACTIVE -> f;
      case SUPERSEDED -> f.withStatuses(EnumSet.of(EntryStatus.SUPERSEDED));
      case RETRACTED -> f.withStatuses(EnumSet.of(EntryStatus.RETRACTED));
      case ALL -> f.withAnyStatus();
    };
    if (task != null) {
      f = f.withTaskId(task);
    }
    if (shape != null) {
      f = f.withShape(RecordShape.fromWireName(shape));
    }
    if (signature != null) {
      f = f.withSignatureKey(signature);
    }
    return f;
  }

  private static SearchFilters facet(SearchFilters f, Facet facet, String value) {
    return value == null ? f : f.withFacet(facet, value);
  }
}
