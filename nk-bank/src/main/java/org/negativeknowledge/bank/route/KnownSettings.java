package org.negativeknowledge.bank.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What is known of the configuration, learnt from a log as it is read: a kept row's settings become
 * the base ({@code "max_depth=8"} kept: depth is 8), any row that says where it started ({@code
 * "depth 4->6"}) tells the base it started from, and every row that gives a setting a number adds it
 * to the values tried. The matcher needs the base to tell whether a new value moves the same way as
 * a ruled-out one; when no base is known, the values tried still show which ruled-out value lies at
 * an end of what was tried. Immutable.
 */
public final class KnownSettings {
  private static final KnownSettings NONE = new KnownSettings(Map.of(), Map.of());

  private final Map<String, Known> values;
  private final Map<String, List<Double>> tried;

  private record Known(List<String> heads, SettingValue value) {}

  private KnownSettings(Map<String, Known> values, Map<String, List<Double>> tried) {
    this.values = Map.copyOf(values);
    Map<String, List<Double>> t = new HashMap<>();
    tried.forEach((k, v) -> t.put(k, List.copyOf(v)));
    this.tried = Map.copyOf(t);
  }

  /** Nothing known. */
  public static KnownSettings none() {
    return NONE;
  }

  /**
   * What is known after a row: starting values it states are learnt when not yet known; when the
   * row was kept, the values it sets become the base; the numbers it gives its settings (kept or
   * not) are values tried.
   */
  public KnownSettings after(RouteChange row, boolean kept) {
    Map<String, Known> next = new HashMap<>(values);
    Map<String, List<Double>> nextTried = new HashMap<>(tried);
    for (Change c : row.changes()) {
      if (c.names().isEmpty() || c.to() == null || !(c.isSetting() || c.attribute() != null)) {
        continue;
      }
      String key = key(c);
      if (c.isSetting() && c.from() != null && c.from().isNumber()) {
        next.putIfAbsent(key, new Known(c.heads(), c.from()));
      }
      if (c.isSetting() && kept) {
        next.put(key, new Known(c.heads(), c.to()));
      }
      for (SettingValue v : new SettingValue[] {c.from(), c.to()}) {
        if (v != null && v.isNumber()) {
          List<Double> list = new ArrayList<>(nextTried.getOrDefault(key, List.of()));
          list.add(v.number());
          nextTried.put(key, list);
        }
      }
    }
    return next.equals(values) && nextTried.equals(tried) ? this : new KnownSettings(next, nextTried);
  }

  /** The known base value of the setting {@code change} changes. */
  public Optional<SettingValue> valueOf(Change change) {
    Known k = values.get(key(change));
    if (k == null || !headsAgree(k.heads(), change.heads())) {
      return Optional.empty();
    }
    return Optional.of(k.value());
  }

  /** The numbers given so far to the setting (or the technique's attribute) that {@code change} sets, in order. */
  public List<Double> triedValues(Change change) {
    return tried.getOrDefault(key(change), List.of());
  }

  /** How many settings have a known base. */
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
