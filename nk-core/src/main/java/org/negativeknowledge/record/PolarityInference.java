package org.negativeknowledge.record;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Decides an entry's polarity (spec section 3): an explicit {@code polarity} or {@code kind} wins;
 * otherwise an empty or absent {@code failure} block means positive knowledge and a non-empty one
 * negative. The rule used is returned with the result.
 */
public final class PolarityInference {
  /** Rule name: the entry's {@code polarity} field. */
  public static final String EXPLICIT_POLARITY = "explicit polarity";
  /** Rule name: the entry's {@code kind} field. */
  public static final String EXPLICIT_KIND = "explicit kind";
  /** Rule name: no failure facets. */
  public static final String EMPTY_FAILURE = "empty failure block";
  /** Rule name: failure facets present. */
  public static final String NON_EMPTY_FAILURE = "non-empty failure block";

  private PolarityInference() {}

  /** Infers the polarity of a JSON entry; never throws, whatever the input. */
  public static InferredPolarity infer(JsonNode entry) {
    if (entry != null && entry.isObject()) {
      Polarity explicit = parse(entry.get("polarity"));
      if (explicit != null) {
        return new InferredPolarity(explicit, EXPLICIT_POLARITY);
      }
      Polarity kind = parse(entry.get("kind"));
      if (kind != null) {
        return new InferredPolarity(kind, EXPLICIT_KIND);
      }
      JsonNode failure = entry.get("failure");
      if (failure != null && failure.isObject() && failure.size() > 0) {
        return new InferredPolarity(Polarity.NEGATIVE, NON_EMPTY_FAILURE);
      }
    }
    return new InferredPolarity(Polarity.POSITIVE, EMPTY_FAILURE);
  }

  private static Polarity parse(JsonNode value) {
    if (value == null || !value.isTextual()) {
      return null;
    }
    String text = value.textValue().trim();
    if (text.equalsIgnoreCase("positive")) {
      return Polarity.POSITIVE;
    }
    if (text.equalsIgnoreCase("negative")) {
      return Polarity.NEGATIVE;
    }
    return null;
  }
}
