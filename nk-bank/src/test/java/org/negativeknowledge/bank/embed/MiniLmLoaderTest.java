package org.negativeknowledge.bank.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the model through the resource cache gives the vectors langchain4j's own loader gives. */
class MiniLmLoaderTest {

  @TempDir Path tmp;

  private static final List<String> TEXTS = List.of(
      "Crank-Nicolson time stepping for the stiff dispersive term",
      "pandas groupby raised a KeyError on the price column",
      "IMEX-CN spectral for swept KdV with a bore",
      ".");

  @Test
  void theCachedModelGivesExactlyTheVectorsOfTheJarBoundModel() {
    MiniLmLoader.Loaded cached = MiniLmLoader.load(ResourceCache.in(tmp.resolve("cache")));
    EmbeddingModel current = new AllMiniLmL6V2QuantizedEmbeddingModel();

    assertThat(cached.source()).isEqualTo(MiniLmLoader.Source.CACHE);
    assertThat(cached.cacheProblem()).isEmpty();
    assertThat(System.getProperty(NativeLibraries.DJL_OPT_OUT)).isNotNull();
    for (String t : TEXTS) {
      assertThat(cached.model().embed(t).content().vector()).isEqualTo(current.embed(t).content().vector());
    }
    List<TextSegment> segments = TEXTS.stream().map(TextSegment::from).toList();
    List<float[]> batch = cached.model().embedAll(segments).content().stream().map(e -> e.vector()).toList();
    List<float[]> expected = current.embedAll(segments).content().stream().map(e -> e.vector()).toList();
    for (int i = 0; i < TEXTS.size(); i++) {
      assertThat(batch.get(i)).isEqualTo(expected.get(i));
    }
  }

  @Test
  void theCacheHoldsTheModelAndTokenizerAndASecondLoadReusesThem() throws IOException {
    Path dir = tmp.resolve("cache");
    MiniLmLoader.load(ResourceCache.in(dir));
    List<String> files;
    try (var s = Files.list(dir)) {
      files = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    files = files.stream().filter(f -> !f.startsWith("onnxruntime-")).toList(); // the native library, when ONNX Runtime was not loaded yet
    assertThat(files).hasSize(2);
    assertThat(files).anyMatch(f -> f.endsWith("-" + MiniLmLoader.MODEL_RESOURCE))
        .anyMatch(f -> f.endsWith("-" + MiniLmLoader.TOKENIZER_RESOURCE));
    Path model = dir.resolve(files.stream().filter(f -> f.endsWith(".onnx")).findFirst().orElseThrow());
    assertThat(Files.size(model)).isGreaterThan(20_000_000);

    ResourceCache.Lookup again = ResourceCache.in(dir).file(getClass().getClassLoader(), MiniLmLoader.MODEL_RESOURCE);
    assertThat(again.copied()).isFalse();
    assertThat(again.path()).contains(model);
  }

  @Test
  void anUnusableCacheFallsBackToTheJarWithTheSameVectors() throws IOException {
    Path notAFolder = Files.writeString(tmp.resolve("cache"), "not a folder");
    MiniLmEmbedder fallback = MiniLmEmbedder.loadingThrough(ResourceCache.in(notAFolder.resolve("nk")));
    MiniLmEmbedder cached = MiniLmEmbedder.loadingThrough(ResourceCache.in(tmp.resolve("good")));

    assertThat(fallback.source()).isEqualTo(MiniLmLoader.Source.JAR);
    assertThat(fallback.cacheProblem().orElseThrow()).contains("cannot cache " + MiniLmLoader.MODEL_RESOURCE);
    assertThat(cached.source()).isEqualTo(MiniLmLoader.Source.CACHE);
    for (String t : TEXTS) {
      assertThat(fallback.embed(t)).isEqualTo(cached.embed(t));
    }
  }
}
