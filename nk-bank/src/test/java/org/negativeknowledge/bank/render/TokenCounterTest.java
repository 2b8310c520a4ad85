package org.negativeknowledge.bank.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.api.Encoding;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCounterTest {

  /** Loads JTokkit and the counter on its own and records every resource they read. */
  private static final class RecordingLoader extends URLClassLoader {
    final List<String> resources = Collections.synchronizedList(new ArrayList<>());

    RecordingLoader(URL... urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      resources.add(name);
      return super.getResourceAsStream(name);
    }

    @Override
    public URL getResource(String name) {
      resources.add(name);
      return super.getResource(name);
    }
  }

  @Test
  void countsCl100kTokens() {
    TokenCounter c = TokenCounter.cl100k();
    assertThat(c.encodingName()).isEqualTo("cl100k_base");
    assertThat(c.count("hello world")).isEqualTo(2);
    assertThat(c.count("<|endoftext|>")).isGreaterThan(1);
  }

  @Test
  void loadsOnlyTheCl100kVocabulary() throws Exception {
    URL jtokkit = Encoding.class.getProtectionDomain().getCodeSource().getLocation();
    URL bank = TokenCounter.class.getProtectionDomain().getCodeSource().getLocation();
    try (RecordingLoader loader = new RecordingLoader(jtokkit, bank)) {
      Class<?> counter = Class.forName(TokenCounter.class.getName(), true, loader);
      assertThat(counter.getClassLoader()).isSameAs(loader);
      Object cl100k = counter.getMethod("cl100k").invoke(null);
      assertThat(counter.getMethod("count", String.class).invoke(cl100k, "hello world")).isEqualTo(2);
      List<String> vocabularies =
          loader.resources.stream().filter(r -> r.endsWith(".tiktoken")).distinct().toList();
      assertThat(vocabularies).singleElement().asString().endsWith("cl100k_base.tiktoken");
    }
  }

  @Test
  void prepareReadsTheVocabularyOnABackgroundThreadBeforeTheFirstCount() throws Exception {
    URL jtokkit = Encoding.class.getProtectionDomain().getCodeSource().getLocation();
    URL bank = TokenCounter.class.getProtectionDomain().getCodeSource().getLocation();
    try (RecordingLoader loader = new RecordingLoader(jtokkit, bank)) {
      Class<?> counter = Class.forName(TokenCounter.class.getName(), true, loader);
      counter.getMethod("prepare").invoke(null);

      long deadline = System.nanoTime() + 20_000_000_000L;
      while (loader.resources.stream().noneMatch(r -> r.endsWith("cl100k_base.tiktoken")) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(loader.resources).anyMatch(r -> r.endsWith("cl100k_base.tiktoken"));
      Object cl100k = counter.getMethod("cl100k").invoke(null);
      assertThat(counter.getMethod("count", String.class).invoke(cl100k, "hello world")).isEqualTo(2);
    }
  }
}
