package org.negativeknowledge.app.operation;

import java.util.List;
import java.util.Objects;

/**
 * One argument of an {@link Operation}: its name (the JSON key, the HTTP parameter, the MCP tool
 * argument), type, description and bounds, and how the command line spells it. Immutable; start
 * from {@link #text}, {@link #integer}, {@link #bool}, {@link #choice}, {@link #object} or {@link
 * #objects}.
 *
 * @param name the argument's name, {@code snake_case}
 * @param type its JSON type
 * @param description what it means, for a tool schema and {@code --help}
 * @param required whether it must be given
 * @param choices the accepted values of a {@link ParamType#CHOICE}; empty otherwise
 * @param min the smallest accepted {@link ParamType#INTEGER}
 * @param max the largest accepted {@link ParamType#INTEGER}
 * @param items the shape of each element of an {@link ParamType#OBJECTS} argument, or null
 * @param aliases other names accepted for this argument (kept for old clients), never listed
 * @param cliLabel the placeholder the command line shows for its value ({@code --domain DOMAIN})
 */
public record Param(
    String name,
    ParamType type,
    String description,
    boolean required,
    List<String> choices,
    long min,
    long max,
    Operation items,
    List<String> aliases,
    String cliLabel) {

  public Param {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    choices = List.copyOf(choices);
    aliases = List.copyOf(aliases);
    if (type == ParamType.CHOICE && choices.isEmpty()) {
      throw new IllegalArgumentException("choice parameter '" + name + "' needs choices");
    }
    if (min > max) {
      throw new IllegalArgumentException("parameter '" + name + "': min " + min + " > max " + max);
    }
    cliLabel = cliLabel != null ? cliLabel : defaultLabel(name, type, choices);
  }

  private static String defaultLabel(String name, ParamType type, List<String> choices) {
    return switch (type) {
      case CHOICE -> String.join("|", choices);
      case INTEGER -> "N";
      case BOOLEAN -> "";
      default -> name.toUpperCase(java.util.Locale.ROOT);
    };
  }

  /** An optional text argument. */
  public static Param text(String name, String description) {
    return new Param(name, ParamType.TEXT, description, false, List.of(), 0, 0, null, List.of(), null);
  }

  /** An optional integer argument within {@code min..max}. */
  public static Param integer(String name, String description, long min, long max) {
    return new Param(name, ParamType.INTEGER, description, false, List.of(), min, max, null, List.of(), null);
  }

  /** An optional boolean argument. */
  public static Param bool(String name, String description) {
    return new Param(name, ParamType.BOOLEAN, description, false, List.of(), 0, 0, null, List.of(), null);
  }

  /** An optional argument taking one of {@code choices}. */
  public static Param choice(String name, String description, List<String> choices) {
    return new Param(name, ParamType.CHOICE, description, false, choices, 0, 0, null, List.of(), null);
  }

  /** An optional JSON object argument. */
  public static Param object(String name, String description) {
    return new Param(name, ParamType.OBJECT, description, false, List.of(), 0, 0, null, List.of(), null);
  }

  /** An optional array of objects, each shaped as {@code items} describes. */
  public static Param objects(String name, String description, Operation items) {
    return new Param(name, ParamType.OBJECTS, description, false, List.of(), 0, 0,
        Objects.requireNonNull(items, "items"), List.of(), null);
  }

  /** This parameter, required. */
  public Param asRequired() {
    return new Param(name, type, description, true, choices, min, max, items, aliases, cliLabel);
  }

  /** This parameter, also accepted under {@code more} names. */
  public Param alias(String... more) {
    List<String> all = new java.util.ArrayList<>(aliases);
    all.addAll(List.of(more));
    return new Param(name, type, description, required, choices, min, max, items, all, cliLabel);
  }

  /** This parameter with another placeholder on the command line. */
  public Param cliLabel(String label) {
    return new Param(name, type, description, required, choices, min, max, items, aliases, label);
  }

  /** The command-line option: {@code --} and the name with {@code -} for {@code _}. */
  public String cliOption() {
    return "--" + name.replace('_', '-');
  }
}
