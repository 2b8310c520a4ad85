package org.negativeknowledge.bank.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.bank.route.RouteMatcher;

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

  @Test
  void theDeadEndCheckUsesTheModelUnlessItIsTurnedOffForRoutes() {
    String before = System.getProperty(Embeddings.ROUTE_PROPERTY);
    try {
      System.setProperty(Embeddings.ROUTE_PROPERTY, "off");
      assertThat(Embeddings.routeMatcher().judgesMeaning()).isFalse();
      System.setProperty(Embeddings.ROUTE_PROPERTY, "on");
      assertThat(Embeddings.routeMatcher().judgesMeaning()).isTrue();
      System.setProperty(Embeddings.ROUTE_PROPERTY, "sometimes");
      assertThatThrownBy(Embeddings::routeMatcher).hasMessageContaining("-Dnk.route-embeddings=sometimes");
    } finally {
      if (before == null) {
        System.clearProperty(Embeddings.ROUTE_PROPERTY);
      } else {
        System.setProperty(Embeddings.ROUTE_PROPERTY, before);
      }
    }
  }

  @Test
  void theModelTellsARuledOutChangeInOtherWordsFromAnotherWhereStructureAgrees() {
    RouteMatcher m = RouteMatcher.standard().withEmbedding(EmbeddingRouteSimilarity.of(model));
    // a ruled-out change named in part ("freeze" for "freeze smooth", recursive-diffusion-fid.tsv lines 157, 165)
    assertThat(m.match("pq8 per-channel gate + freeze 30%", "pq7 freeze smooth 30%")).isPresent();
    assertThat(m.match("use long prices instead of BigDecimal", "replace BigDecimal prices with scaled longs")).isPresent();
    // the model is not asked where structure tells the changes apart
    assertThat(m.match("pq7 freeze smooth 10%", "pq7 freeze smooth 30%")).isEmpty();
    assertThat(m.match("b9 cosine weight 0.75", "b3 cosine weight 1.0")).isEmpty();
  }
}
