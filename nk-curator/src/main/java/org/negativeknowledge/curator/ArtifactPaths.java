package org.negativeknowledge.curator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where the curator may read: an artifact is read only when its real path (every symbolic link
 * resolved) is a regular file inside the real path of the folder that holds it, its round folder.
 * A link that stays inside the folder is followed; a link or a {@code ..} path that leads out, a
 * dangling link, a FIFO, a device or a directory is refused, always with the same words, so a
 * refusal tells nothing about what lies outside.
 *
 * <p>Thread-safe: the class has no state.
 */
public final class ArtifactPaths {

  private ArtifactPaths() {}

  /** True when something (a file, a directory, a link, even a dangling one) exists at {@code p}. */
  public static boolean exists(Path p) {
    return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * The real path of an artifact, checked to be a regular file inside its folder.
   *
   * @throws ArtifactRefusedException when it is not; the message names the artifact and the folder
   */
  public static Path confine(Path artifact) {
    Path named = artifact.toAbsolutePath().normalize();
    Path folder = named.getParent();
    if (folder == null) {
      throw refused(artifact, named);
    }
    Path realFolder;
    Path real;
    try {
      realFolder = folder.toRealPath();
      real = named.toRealPath();
    } catch (IOException e) {
      throw refused(artifact, folder);
    }
    if (!real.startsWith(realFolder) || !isRegularFile(real)) {
      throw refused(artifact, folder);
    }
    return real;
  }

  private static boolean isRegularFile(Path real) {
    try {
      return Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile();
    } catch (IOException e) {
      return false;
    }
  }

  private static ArtifactRefusedException refused(Path artifact, Path folder) {
    return new ArtifactRefusedException(artifact,
        artifact + ": refused: an artifact must be a regular file inside the round folder " + folder
            + " (links or paths that lead out of it, FIFOs and devices are never read); copy the file into"
            + " the folder");
  }
}
