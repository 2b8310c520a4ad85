package org.negativeknowledge.bank.search;

import org.negativeknowledge.testing.PaperData;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.record.NkJson;

/**
 * {@link IdentifierSplitFilter} must emit exactly what Lucene's WordDelimiterGraphFilter emits
 * with the flags the index used before it (terms, position increments and lengths, offsets,
 * types), so the index, its ranking and old query habits stay the same.
 */
class IdentifierSplitFilterTest {

  private static final int REFERENCE_FLAGS =
      WordDelimiterGraphFilter.GENERATE_WORD_PARTS
          | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
          | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
          | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
          | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE
          | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

  private static final List<String> TRICKY =
      List.of(
          "featurize_dataframe TreeExplainer shap_values",
          "XMLParser j2se PowerShot iPhone x1_y2 __init__ _private trailing_ a__b",
          "dog's O'Neil's ABC's foo's_bar 's ''s it's's x's's",
          "3.9 ms, 1,000 rows; e.g. U.S.A. v2.0-rc1 10x 1e-5 0x1F",
          "naïve café Ångström ǅemal ΣΑΣ straße 日本語テキスト émoji 😀 test Ⅻ ½ ٣",
          "https://example.org/a_b?c=D user@host.com #tag @mention",
          "",
          "   ",
          "____ '' -- .. ::");

  @Test
  void matchesTheWordDelimiterFilterOnTrickyText() throws IOException {
    for (String text : TRICKY) {
      assertSameTokens(text);
    }
  }

  @Test
  void matchesTheWordDelimiterFilterOnRandomText() throws IOException {
    String alphabet = "abcXYZ019_'.:,-sS é日😀Ⅻ";
    SplittableRandom r = new SplittableRandom(11);
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(40);
      for (int j = 0; j < n; j++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      assertSameTokens(sb.toString());
    }
  }

  @Test
  void matchesTheWordDelimiterFilterOnThePapersTexts() throws IOException {
    Path paper = PaperData.root();
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(paper)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl") || p.toString().endsWith(".json")).toList()) {
        for (String line : Files.readAllLines(f)) {
          if (line.isBlank()) {
            continue;
          }
          try {
            collectTexts(NkJson.mapper().readTree(f.toString().endsWith(".jsonl") ? line : Files.readString(f)), texts);
          } catch (IOException notJson) {
            texts.add(line);
          }
          if (f.toString().endsWith(".json")) {
            break;
          }
        }
      }
    }
    assertThat(texts).hasSizeGreaterThan(1000);
    for (String text : texts) {
      assertSameTokens(text);
    }
  }

  private static void collectTexts(JsonNode n, List<String> out) {
    if (n.isTextual()) {
      out.add(n.asText());
    }
    for (JsonNode child : n) {
      collectTexts(child, out);
    }
  }

  private static void assertSameTokens(String text) throws IOException {
    // Under the standard tokenizer (as indexed) and under a whitespace one, which hands the
    // filter tokens with far more delimiter shapes.
    for (boolean standard : new boolean[] {true, false}) {
      List<String> expected = tokens(analyzer(standard, true), text);
      List<String> actual = tokens(analyzer(standard, false), text);
      assertThat(actual).as("tokens of %s", text).isEqualTo(expected);
    }
  }

  private static Analyzer analyzer(boolean standard, boolean reference) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = standard ? new StandardTokenizer() : new WhitespaceTokenizer();
        TokenStream stream =
            reference
                ? new WordDelimiterGraphFilter(source, REFERENCE_FLAGS, null)
                : new IdentifierSplitFilter(source);
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (analyzer;
        TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + " +" + inc.getPositionIncrement() + " len" + len.getPositionLength()
            + " [" + off.startOffset() + "," + off.endOffset() + ") " + type.type());
      }
      ts.end();
      out.add("end +" + inc.getPositionIncrement() + " [" + off.endOffset() + "]");
    }
    return out;
  }
}
