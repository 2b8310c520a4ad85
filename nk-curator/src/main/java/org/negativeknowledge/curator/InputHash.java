package org.negativeknowledge.curator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.negativeknowledge.curator.internal.Causes;

/**
 * One input a curation read, identified by its content.
 *
 * @param name the input's name in the curation ({@code round1_exec_log}, {@code r2_candidate},
 *     {@code round1_nk} for a round-1 record given in memory)
 * @param path the file as it was named, empty for an input given in memory
 * @param bytes its size in bytes
 * @param sha256 the SHA-256 of its bytes, lower-case hex
 */
public record InputHash(String name, Optional<Path> path, long bytes, String sha256) {

  public InputHash {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** The hash of what a curation read from a file ({@link ArtifactText} already holds it). */
  public static InputHash of(String name, ArtifactText text) {
    return new InputHash(name, Optional.of(text.path()), text.bytes(), text.sha256());
  }

  /** The hash of an input given as text (a prior record), over its UTF-8 bytes. */
  public static InputHash ofText(String name, String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return new InputHash(name, Optional.empty(), b.length, ArtifactReader.sha256(b));
  }

  /**
   * Hashes a file, streaming. The file must be a regular file inside its folder, as for reading.
   *
   * @throws ArtifactRefusedException when it is not ({@link ArtifactPaths#confine(Path)})
   * @throws CuratorException when it cannot be read
   */
  public static InputHash ofFile(String name, Path file) {
    Path real = ArtifactPaths.confine(file);
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256", e);
    }
    long total = 0;
    try (InputStream in = new DigestInputStream(Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS), sha)) {
      byte[] buf = new byte[64 * 1024];
      for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
        total += r;
      }
    } catch (IOException e) {
      throw new CuratorException(file + ": cannot read the artifact to hash it: " + Causes.chain(e), e);
    }
    return new InputHash(name, Optional.of(file), total, HexFormat.of().formatHex(sha.digest()));
  }
}
