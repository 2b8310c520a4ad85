package org.negativeknowledge.curator;

import java.nio.file.Path;

/**
 * An artifact the curator will not read: it is not a regular file inside the folder that holds it
 * (a symbolic link or a path leading out of the round folder, a FIFO, a device, a directory), or it
 * is larger than an artifact may be. The message names the artifact and its folder only; it never
 * says where a link points or whether anything exists there.
 */
public class ArtifactRefusedException extends CuratorException {
  private static final long serialVersionUID = 1L;

  private final transient Path artifact;

  public ArtifactRefusedException(Path artifact, String message) {
    super(message);
    this.artifact = artifact;
  }

  /** The artifact as it was named (not resolved). */
  public Path artifact() {
    return artifact;
  }
}
