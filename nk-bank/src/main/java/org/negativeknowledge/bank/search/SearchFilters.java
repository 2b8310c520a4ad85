package org.negativeknowledge.bank.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.record.Polarity;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.taxonomy.Facet;

/**
 * Exact-match restrictions applied to a search, on top of the free-text relevance ranking. Every
 * present filter must match (AND); an absent one matches everything. Immutable; build one with
 * {@link #activeOnly()} and the {@code with...} methods.
 *
 * @param polarity only entries of this polarity
 * @param domain only entries of this domain (compared case-insensitively)
 * @param facets only entries whose failure facet has exactly this value, for each facet given
 * @param depth only entries of this depth (1 for single-round records)
 * @param statuses only entries in one of these statuses; never empty (default: active only)
 * @param taskId only entries of this {@code task_id}
 * @param shape only entries of this record shape
 * @param signatureKey only entries stored with exactly this failure signature key
 * @param curator only entries written by this kind of curator ({@code offline} or {@code llm})
 */
public record SearchFilters(
    Optional<Polarity> polarity,
    Optional<String> domain,
    Map<Facet, String> facets,
    OptionalInt depth,
    Set<EntryStatus> statuses,
    Optional<String> taskId,
    Optional<RecordShape> shape,
    Optional<String> signatureKey,
    Optional<String> curator) {

  /** Normalises nulls to "absent", freezes the collections and rejects an empty status set. */
  public SearchFilters {
    polarity = polarity == null ? Optional.empty() : polarity;
    domain = domain == null ? Optional.empty() : domain.filter(d -> !d.isBlank());
    EnumMap<Facet, String> f = new EnumMap<>(Facet.class);
    if (facets != null) {
      facets.forEach((k, v) -> f.put(Objects.requireNonNull(k, "facet"), Objects.requireNonNull(v, "facet value")));
    }
    facets = Collections.unmodifiableMap(f);
    depth = depth == null ? OptionalInt.empty() : depth;
    if (statuses == null || statuses.isEmpty()) {
      throw new IllegalArgumentException("a search needs at least one entry status (e.g. active)");
    }
    statuses = Collections.unmodifiableSet(EnumSet.copyOf(statuses));
    taskId = taskId == null ? Optional.empty() : taskId.filter(t -> !t.isBlank());
    shape = shape == null ? Optional.empty() : shape;
    signatureKey = signatureKey == null ? Optional.empty() : signatureKey.filter(k -> !k.isBlank());
    curator = curator == null ? Optional.empty() : curator.filter(k -> !k.isBlank());
  }

  /** These filters restricted to entries stored with exactly this failure signature key. */
  public SearchFilters withSignatureKey(String value) {
    return new SearchFilters(
        polarity, domain, facets, depth, statuses, taskId, shape, Optional.of(value.strip()), curator);
  }

  /** These filters restricted to entries written by the curator kind {@code value} ({@code offline}, {@code llm}). */
  public SearchFilters withCurator(String value) {
    return new SearchFilters(polarity, domain, facets, depth, statuses, taskId, shape, signatureKey, Optional.of(value));
  }

  /** No restriction except the default one: active entries only. */
  public static SearchFilters activeOnly() {
    return new SearchFilters(
        Optional.empty(), Optional.empty(), Map.of(), OptionalInt.empty(),
        EnumSet.of(EntryStatus.ACTIVE), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** These filters restricted to one polarity. */
  public SearchFilters withPolarity(Polarity value) {
    return new SearchFilters(Optional.of(value), domain, facets, depth, statuses, taskId, shape, signatureKey, curator);
  }

  /** These filters restricted to one domain. */
  public SearchFilters withDomain(String value) {
    return new SearchFilters(polarity, Optional.of(value), facets, depth, statuses, taskId, shape, signatureKey, curator);
  }

  /** These filters restricted to entries whose facet has exactly {@code value}. */
  public SearchFilters withFacet(Facet facet, String value) {
    EnumMap<Facet, String> f = new EnumMap<>(Facet.class);
    f.putAll(facets);
    f.put(facet, value);
    return new SearchFilters(polarity, domain, f, depth, statuses, taskId, shape, signatureKey, curator);
  }

  /** These filters restricted to one depth (1 for single-round records). */
  public SearchFilters withDepth(int value) {
    return new SearchFilters(polarity, domain, facets, OptionalInt.of(value), statuses, taskId, shape, signatureKey, curator);
  }

  /** These filters with a different set of admitted statuses. */
  public SearchFilters withStatuses(Set<EntryStatus> value) {
    return new SearchFilters(polarity, domain, facets, depth, value, taskId, shape, signatureKey, curator);
  }

  /** These filters admitting every status (active, superseded, retracted). */
  public SearchFilters withAnyStatus() {
    return withStatuses(EnumSet.allOf(EntryStatus.class));
  }

  /** These filters restricted to one task id. */
  public SearchFilters withTaskId(String value) {
    return new SearchFilters(polarity, domain, facets, depth, statuses, Optional.of(value), shape, signatureKey, curator);
  }

  /** These filters restricted to one record shape. */
  public SearchFilters withShape(RecordShape value) {
    return new SearchFilters(polarity, domain, facets, depth, statuses, taskId, Optional.of(value), signatureKey, curator);
  }
}
