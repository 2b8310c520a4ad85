package org.negativeknowledge.app.repro;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a computed value was made from: the files read (relative to the data folder, with
 * counts) and the inputs the data lacks. Immutable; combining keeps order and drops repeats.
 *
 * @param sources the files read
 * @param missing the inputs that should exist and do not
 */
public record Inputs(List<String> sources, List<MissingInput> missing) {

  /** No inputs. */
  public static final Inputs NONE = new Inputs(List.of(), List.of());

  public Inputs {
    sources = List.copyOf(new LinkedHashSet<>(sources));
    missing = List.copyOf(new LinkedHashSet<>(missing));
  }

  /** Inputs of one source file or pattern. */
  public static Inputs source(String source) {
    return new Inputs(List.of(source), List.of());
  }

  /** Inputs of one missing item. */
  public static Inputs missing(MissingInput missing) {
    return new Inputs(List.of(), List.of(missing));
  }

  /** These inputs with {@code more} missing. */
  public Inputs withMissing(Collection<MissingInput> more) {
    List<MissingInput> m = new ArrayList<>(missing);
    m.addAll(more);
    return new Inputs(sources, m);
  }

  /** These inputs with only the missing items of {@code task} (for a claim about one task). */
  public Inputs onlyMissingOf(String task) {
    return new Inputs(sources, missing.stream().filter(m -> task.equals(m.task())).toList());
  }

  /** These inputs and {@code other}'s. */
  public Inputs and(Inputs other) {
    List<String> s = new ArrayList<>(sources);
    s.addAll(other.sources);
    List<MissingInput> m = new ArrayList<>(missing);
    m.addAll(other.missing);
    return new Inputs(s, m);
  }
}
