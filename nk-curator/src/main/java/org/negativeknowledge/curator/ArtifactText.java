package org.negativeknowledge.curator;

import java.nio.file.Path;

/**
 * One artifact as the curator shows it to a model, with the facts the audit records.
 *
 * @param path the file read
 * @param bytes its size in bytes
 * @param sha256 the SHA-256 of its bytes, lower-case hex
 * @param text the text sent: the whole file, an excerpt with cut markers, or a placeholder for a
 *     binary file
 * @param binary true when the file looked binary and its content was not sent
 * @param originalChars characters of the decoded file
 * @param cutChars characters left out of {@code text} (0 when the whole file was sent)
 */
public record ArtifactText(
    Path path, long bytes, String sha256, String text, boolean binary, int originalChars, int cutChars) {

  /** True when {@code text} is not the whole file. */
  public boolean excerpted() {
    return binary || cutChars > 0;
  }
}
