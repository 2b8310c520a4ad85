package org.negativeknowledge.app.repro;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A set of task ids ({@code 072}) with the inputs it was read from; set operations combine the
 * inputs, so a value computed from a set knows every file behind it.
 *
 * @param ids the task ids, sorted
 * @param inputs the files read and the inputs missing
 */
public record TaskSet(SortedSet<String> ids, Inputs inputs) {
  public TaskSet {
    ids = Collections.unmodifiableSortedSet(new TreeSet<>(ids));
  }

  /** A set of these ids. */
  public static TaskSet of(Collection<String> ids, Inputs inputs) {
    return new TaskSet(new TreeSet<>(ids), inputs);
  }

  /** The number of tasks. */
  public int size() {
    return ids.size();
  }

  /** Whether the set holds {@code id}. */
  public boolean contains(String id) {
    return ids.contains(id);
  }

  /** This set and {@code other}'s tasks. */
  public TaskSet union(TaskSet other) {
    TreeSet<String> s = new TreeSet<>(ids);
    s.addAll(other.ids);
    return new TaskSet(s, inputs.and(other.inputs));
  }

  /** This set's tasks that {@code other} lacks. */
  public TaskSet minus(TaskSet other) {
    TreeSet<String> s = new TreeSet<>(ids);
    s.removeAll(other.ids);
    return new TaskSet(s, inputs.and(other.inputs));
  }

  /** The tasks in both sets. */
  public TaskSet intersect(TaskSet other) {
    TreeSet<String> s = new TreeSet<>(ids);
    s.retainAll(other.ids);
    return new TaskSet(s, inputs.and(other.inputs));
  }
}
