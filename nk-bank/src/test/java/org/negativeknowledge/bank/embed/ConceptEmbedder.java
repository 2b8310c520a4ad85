package org.negativeknowledge.bank.embed;

import java.util.Locale;
import java.util.Map;

/**
 * A fake {@link TextEmbedder} for tests: each word votes for a concept dimension (a word's own
 * hash, or the concept a small synonym table gives it), so texts that say the same thing in other
 * words ("pseudospectral" and "Fourier", "CN" and "Crank-Nicolson") get close vectors while sharing
 * no word. Deterministic, instant, no model.
 */
public final class ConceptEmbedder implements TextEmbedder {

  private static final int DIMENSIONS = 64;

  private final Map<String, String> synonyms;

  public ConceptEmbedder(Map<String, String> synonyms) {
    this.synonyms = Map.copyOf(synonyms);
  }

  @Override
  public float[] embed(String text) {
    float[] v = new float[DIMENSIONS];
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (w.length() < 2) {
        continue;
      }
      String concept = synonyms.getOrDefault(w, w);
      v[Math.floorMod(concept.hashCode(), DIMENSIONS)] += 1;
    }
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    if (n == 0) {
      v[0] = 1;
      return v;
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= (float) Math.sqrt(n);
    }
    return v;
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public String model() {
    return "concept-fake";
  }
}
