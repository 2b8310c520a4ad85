package org.negativeknowledge.bank.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The values the current configuration is known to have, learnt from a log as it is read: a kept
 * row's settings become the base ({@code "max_depth=8"} kept: depth is 8), and any row that says
 * where it started ({@code "depth 4->6"}) tells the base it started from. The matcher needs the base
 * to tell whether a new value moves the same way as a ruled-out one. Immutable.
 */
public final class KnownSettings {
  private static final KnownSettings NONE = new KnownSettings(Map.of());

  private final Map<String, Known> values;

  private record Known(List<String> heads, SettingValue value) {}

  private KnownSettings(Map<String, Known> values) {
    this.values = Map.copyOf(values);
  }

  /** Nothing known. */
  public static KnownSettings none() {
    return NONE;
  }

  /**
   * What is known after a row: starting values it states are learnt when not yet known; when the
   * row was kept, the values it sets become the base.
   */
  public KnownSettings after(RouteChange row, boolean kept) {
    Map<String, Known> next = new HashMap<>(values);
    for (Change c : row.changes()) {
      if (!c.isSetting() || c.names().isEmpty()) {
        continue;
      }
      String key = key(c);
      if (c.from() != null && c.from().isNumber()) {
        next.putIfAbsent(key, new Known(c.heads(), c.from()));
      }
      if (kept && c.to() != null) {
        next.put(key, new Known(c.heads(), c.to()));
      }
    }
    return next.equals(values) ? this : new KnownSettings(next);
  }

  /** The known base value of the setting {@code change} changes. */
  public Optional<SettingValue> valueOf(Change change) {
    Known k = values.get(key(change));
    if (k == null || !headsAgree(k.heads(), change.heads())) {
      return Optional.empty();
    }
    return Optional.of(k.value());
  }

  /** How many settings are known. */
  public int size() {
    return values.size();
  }

  private static String key(Change c) {
    List<String> words = new ArrayList<>(new TreeSet<>(c.names()));
    if (c.attribute() != null) {
      words.add("#" + c.attribute());
    }
    return String.join(" ", words);
  }

  private static boolean headsAgree(List<String> a, List<String> b) {
    return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
  }
}
