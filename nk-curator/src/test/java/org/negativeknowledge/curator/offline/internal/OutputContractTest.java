package org.negativeknowledge.curator.offline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputContractTest {

  @Test
  void namesTheFilesTheInstructionWritesNotTheOnesItReads() {
    OutputContract c = OutputContract.of("Load the measurements in \"raw/sensors.csv\" and the labels in 'raw/labels.pkl'. "
        + "Fit a model and save the forecast as a CSV file \"forecast.csv\" in the folder \"pred_results/\". "
        + "Also write the plot to pred_results/curve.png.");

    assertThat(c.files()).containsExactly("forecast.csv", "pred_results/curve.png");
  }

  @Test
  void namesColumnsAndKeysOfTheOutputNotValuesOfTheInput() {
    OutputContract c = OutputContract.of("The source's grade column marks 'A' and 'B' as good. "
        + "Put the compound name and the class ('toxic' or 'benign') in the 'compound' and 'class' column respectively. "
        + "The values go to \"pred_results/out.json\" and the keys for them are \"start\", \"stop\". "
        + "Each row of the CSV has the format: \"Model; Rule; Count\". Save the flag under the column Y.");

    assertThat(c.columns()).containsExactly("compound", "class", "start", "stop", "Model", "Rule", "Count", "Y");
  }

  @Test
  void aPlaceholderFileIsMatchedByItsFixedTail() {
    assertThat(OutputContract.fixedTail("pred_results/{conf}_model.csv")).isEqualTo("_model.csv");
    assertThat(OutputContract.fixedTail("pred_results/out.csv")).isEqualTo("out.csv");
  }

  @Test
  void statesOnlyWholeWordsVerbatim() {
    OutputContract c = OutputContract.of("Merge the atoms into names in the output file pred_results/x.csv.");

    assertThat(c.states("names")).isTrue();
    assertThat(c.states("name")).isFalse();
    assertThat(c.states("Names")).isFalse();
    assertThat(c.states("")).isFalse();
  }

  @Test
  void anEmptyInstructionNamesNothing() {
    OutputContract c = OutputContract.of(null);

    assertThat(c.namesFiles()).isFalse();
    assertThat(c.columns()).isEmpty();
  }
}
