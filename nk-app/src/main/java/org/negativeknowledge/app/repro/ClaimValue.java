package org.negativeknowledge.app.repro;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A claim's value with the type the paper's verifier compares: an integer ({@code 38}), a text
 * ({@code "12/38"}), a boolean, a decimal with the digits the paper prints ({@code 31.6}), or
 * null. Two values match when kind and text are equal, as in the verifier.
 *
 * @param kind the type
 * @param text the canonical text ({@code 38}, {@code 12/38}, {@code true}, {@code 31.6}, {@code
 *     null})
 */
public record ClaimValue(Kind kind, String text) {

  /** The types a claim value can have. */
  public enum Kind {
    INTEGER,
    TEXT,
    BOOLEAN,
    DECIMAL,
    NULL
  }

  public ClaimValue {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** An integer value. */
  public static ClaimValue ofInt(long value) {
    return new ClaimValue(Kind.INTEGER, Long.toString(value));
  }

  /** A text value, compared character by character. */
  public static ClaimValue ofText(String value) {
    return new ClaimValue(Kind.TEXT, Objects.requireNonNull(value, "value"));
  }

  /** A boolean value. */
  public static ClaimValue ofBool(boolean value) {
    return new ClaimValue(Kind.BOOLEAN, Boolean.toString(value));
  }

  /** A decimal value, compared by its plain text, so {@code 31.6} and {@code 31.60} differ. */
  public static ClaimValue ofDecimal(BigDecimal value) {
    return new ClaimValue(Kind.DECIMAL, value.toPlainString());
  }

  /** The value of a JSON scalar: integral numbers are integers, other numbers decimals. */
  public static ClaimValue ofJson(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return new ClaimValue(Kind.NULL, "null");
    }
    if (node.isBoolean()) {
      return ofBool(node.booleanValue());
    }
    if (node.isNumber()) {
      BigDecimal d = node.decimalValue();
      return d.stripTrailingZeros().scale() <= 0
          ? new ClaimValue(Kind.INTEGER, d.toBigInteger().toString())
          : ofDecimal(d);
    }
    return ofText(node.asText());
  }

  /** The value as a report shows it: texts in double quotes, everything else plain. */
  public String display() {
    return kind == Kind.TEXT ? "\"" + text + "\"" : text;
  }
}
