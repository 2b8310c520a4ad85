package org.negativeknowledge.bank.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryCleanerTest {

  @Test
  void numbersAndSettingValuesGoWordsAndWordKeysStay() {
    String cleaned = QueryCleaner.clean("Fourier + RK4, params: Nx=256, L=30, dt=2e-4, dealias=2/3-rule, scheme=IMEX; amp 1.5");

    assertThat(cleaned).contains("Fourier", "RK4", "dealias", "scheme", "IMEX", "amp");
    assertThat(cleaned).doesNotContain("256", "30", "2e-4", "1.5", "Nx", "dt");
  }

  @Test
  void identifiersWithDigitsAreNotNumbers() {
    assertThat(QueryCleaner.clean("ETDRK4 and k^16 hyperviscosity, v0=2 sech^2")).contains("ETDRK4", "hyperviscosity", "sech");
  }
}
