package org.negativeknowledge.server;

import java.util.List;
import java.util.Optional;
import org.negativeknowledge.bank.entry.CurationOrigin;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.signature.FailureSignatureExtractor;

/**
 * Bridges a curation to the bank's deduplication: the {@link CurationOrigin} (failure signature
 * key and curator kind) of a {@link CurationResult}. nk-bank and nk-curator know nothing of each
 * other, so the bridge lives here, where both the server's {@code nk_curate} and the CLI (which
 * builds on this module) use it.
 */
public final class CuratedOrigins {
  private CuratedOrigins() {}

  /**
   * The origin of {@code result}: an offline curation carries its key in the audit ({@code
   * "curator": "offline"}, {@code "signature_key"}); for a model curation the key is extracted
   * from the logs of the last of {@code rounds}. Empty when no key can be had (a model curation
   * without its rounds, or rounds whose logs cannot be read): the record is then imported without
   * deduplication.
   */
  public static Optional<CurationOrigin> of(CurationResult result, List<FailureArtifacts> rounds) {
    boolean offline = CurationOrigin.OFFLINE.equals(result.audit().path("curator").asText(""));
    String key = result.audit().path("signature_key").asText("");
    if (key.isBlank() && !rounds.isEmpty()) {
      try {
        key = FailureSignatureExtractor.extract(rounds.get(rounds.size() - 1)).signatureKey();
      } catch (CuratorException unreadable) {
        key = "";
      }
    }
    if (key.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(offline ? CurationOrigin.offline(key) : CurationOrigin.llm(key));
  }
}
