package org.negativeknowledge.taxonomy;

/** The five closed-vocabulary facets of a record's {@code failure} block (spec section 3). */
public enum Facet {
  LAYER("layer"),
  SCOPE("scope"),
  DEGREE("degree"),
  RECOMMENDED_ACTION("recommended_action"),
  RISK("risk");

  private final String fieldName;

  Facet(String fieldName) {
    this.fieldName = fieldName;
  }

  /** The JSON field name inside {@code failure}, e.g. {@code recommended_action}. */
  public String fieldName() {
    return fieldName;
  }

  /** The facet with this JSON field name; {@link IllegalArgumentException} naming the valid ones. */
  public static Facet fromFieldName(String name) {
    for (Facet f : values()) {
      if (f.fieldName.equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown facet '" + name + "': use layer, scope, degree, recommended_action or risk");
  }
}
