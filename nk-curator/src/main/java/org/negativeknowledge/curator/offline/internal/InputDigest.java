package org.negativeknowledge.curator.offline.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Describes one input file for the audit: role, path, size and SHA-256, read streaming. */
public final class InputDigest {

  private InputDigest() {}

  /** {@code {role, path, bytes, sha256}}, or {@code {role, path, missing: true}} when unreadable. */
  public static ObjectNode describe(String role, Path file) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("role", role);
    n.put("path", file.toString());
    if (!Files.isRegularFile(file)) {
      n.put("missing", true);
      return n;
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      int r;
      while ((r = in.read(buf)) >= 0) {
        total += r;
      }
      n.put("bytes", total);
      n.put("sha256", HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()));
    } catch (IOException e) {
      n.put("missing", true);
      n.put("error", e.getMessage());
    }
    return n;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256", e);
    }
  }
}
