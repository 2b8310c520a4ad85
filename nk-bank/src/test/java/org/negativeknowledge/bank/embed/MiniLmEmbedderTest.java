package org.negativeknowledge.bank.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

  private final TextEmbedder model = MiniLmEmbedder.shared();

  @Test
  void theShippedModelPutsTheSameIdeaInOtherWordsCloserThanAnUnrelatedOne() {
    float[] a = model.embed("Crank-Nicolson time stepping for the stiff dispersive term");
    float[] b = model.embed("implicit CN integration of the third-derivative dispersion");
    float[] c = model.embed("pandas groupby raised a KeyError on the price column");

    assertThat(a).hasSize(model.dimensions());
    assertThat(TextEmbedder.cosine(a, a)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(TextEmbedder.cosine(a, b)).isGreaterThan(TextEmbedder.cosine(a, c) + 0.2);
  }

  @Test
  void batchesGiveTheVectorsOfSingleTexts() {
    List<float[]> batch = model.embedAll(List.of("spectral dealiasing with the 2/3 rule", "hyperviscosity"));
    assertThat(TextEmbedder.cosine(batch.get(0), model.embed("spectral dealiasing with the 2/3 rule"))).isGreaterThan(0.999);
  }

  @Test
  void theRouteMeasureIsTheCosineAndSaysNothingAboutBlankText() {
    EmbeddingRouteSimilarity s = EmbeddingRouteSimilarity.of(model);
    assertThat(s.similarity("raise the learning rate to 0.1", "increase lr to 0.1").getAsDouble()).isGreaterThan(0.5);
    assertThat(s.similarity("", "anything")).isEqualTo(OptionalDouble.empty());
  }

  @Test
  void theSettingIsOnByDefaultOffWhenAskedAndRefusesOtherValuesNamingItsSource() {
    assertThat(Embeddings.parse(null, "NK_EMBEDDINGS")).containsSame(MiniLmEmbedder.shared());
    assertThat(Embeddings.parse("off", "NK_EMBEDDINGS")).isEmpty();
    assertThat(Embeddings.parse(" ON ", "NK_EMBEDDINGS")).isPresent();
    assertThatThrownBy(() -> Embeddings.parse("maybe", "-Dnk.embeddings"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-Dnk.embeddings=maybe")
        .hasMessageContaining("use on or off");
  }
}
