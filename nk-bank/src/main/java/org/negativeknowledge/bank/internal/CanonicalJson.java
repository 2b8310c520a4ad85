package org.negativeknowledge.bank.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.negativeknowledge.record.NkJson;

/**
 * The canonical form used to recognise the same content: compact JSON with object keys sorted
 * recursively (array order kept, numbers as written). Reordering keys therefore never makes a
 * new entry, while the stored original keeps the order it was given in.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /** Canonical compact text of {@code node}. */
  public static String of(JsonNode node) {
    return NkJson.compact(sorted(node));
  }

  /** Lower-case hex SHA-256 of the canonical text. */
  public static String sha256(JsonNode node) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(of(node).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The id derived from content: {@code nk-} and the first 16 hex digits of the hash. */
  public static String derivedId(String contentHash) {
    return "nk-" + contentHash.substring(0, 16);
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      Collections.sort(names);
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (String name : names) {
        out.set(name, sorted(node.get(name)));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      for (JsonNode child : node) {
        out.add(sorted(child));
      }
      return out;
    }
    return node;
  }
}
