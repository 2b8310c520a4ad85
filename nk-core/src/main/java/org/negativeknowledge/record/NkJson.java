package org.negativeknowledge.record;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.negativeknowledge.json.CheckedJsonParser;

/**
 * The project's JSON codec. Lossless for records: field order is kept, unknown fields survive,
 * and numbers keep their exact decimal value (read as {@link java.math.BigDecimal}, trailing zeros
 * kept), so a file read and written back is JSON-equal to its input.
 *
 * <p>Thread-safe: the mapper is shared and immutable after construction.
 */
public final class NkJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  private NkJson() {}

  /** The shared, lossless mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Parses one JSON object, as text from outside is read everywhere in the project: besides
   * syntax, a key that appears twice in one object and a string holding a lone UTF-16 surrogate
   * are refused (Jackson alone would keep the last value, and a store would turn the surrogate
   * into {@code ?}), and so is any content after the object.
   *
   * @throws MalformedJsonException when the text is not one JSON object or holds such a defect;
   *     it gives line, column, the {@link JsonDefect} and the path where known
   */
  public static ObjectNode parseObject(String json) {
    JsonNode node;
    try (JsonParser parser = new CheckedJsonParser(MAPPER.createParser(json))) {
      node = MAPPER.readTree(parser);
      if (node != null && parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new MalformedJsonException(
            "content after the end of the JSON object: give one object",
            Math.max(1, at.getLineNr()),
            Math.max(1, at.getColumnNr()));
      }
    } catch (JsonProcessingException e) {
      throw MalformedJsonException.from(e);
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string cannot fail", e);
    }
    if (node == null || node.isMissingNode()) {
      throw new MalformedJsonException("empty input: expected a JSON object", 1, 1);
    }
    if (!node.isObject()) {
      throw new MalformedJsonException(
          "expected a JSON object, found " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
          1,
          1);
    }
    return (ObjectNode) node;
  }

  /** One-line JSON, as written to JSONL files. */
  public static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /** Indented JSON, as written to single-record {@code .json} files. */
  public static String pretty(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
