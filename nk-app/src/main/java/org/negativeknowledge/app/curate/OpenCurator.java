package org.negativeknowledge.app.curate;

import java.util.Objects;
import org.negativeknowledge.curator.Curator;
import org.negativeknowledge.curator.model.ModelClient;

/**
 * A curator ready to run, how it is named in provenance and results ({@code offline} or {@code
 * model:<id>}), and the model client to close after it (null for the offline curator).
 */
public record OpenCurator(Curator curator, String kind, ModelClient client) implements AutoCloseable {
  public OpenCurator {
    Objects.requireNonNull(curator, "curator");
    Objects.requireNonNull(kind, "kind");
  }

  /** Closes the model client, if any. */
  @Override
  public void close() {
    if (client != null) {
      client.close();
    }
  }
}
