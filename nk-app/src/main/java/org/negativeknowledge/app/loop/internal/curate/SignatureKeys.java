package org.negativeknowledge.app.loop.internal.curate;

import java.util.List;
import java.util.Optional;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.signature.FailureSignatureExtractor;

/**
 * The failure signature key a bank deduplicates a curated record by: the curator's own (the
 * offline curator computes one), else the key extracted from the logs of the last round. (nk-server
 * has the same bridge in {@code CuratedOrigins}; nk-app cannot depend on nk-server, so the loop
 * keeps its own.)
 */
final class SignatureKeys {
  private SignatureKeys() {}

  static Optional<String> of(Optional<String> curatorKey, List<FailureArtifacts> rounds) {
    if (curatorKey.isPresent() && !curatorKey.get().isBlank()) {
      return curatorKey;
    }
    if (rounds.isEmpty()) {
      return Optional.empty();
    }
    try {
      String key = FailureSignatureExtractor.extract(rounds.get(rounds.size() - 1)).signatureKey();
      return key.isBlank() ? Optional.empty() : Optional.of(key);
    } catch (CuratorException unreadable) {
      return Optional.empty();
    }
  }
}
