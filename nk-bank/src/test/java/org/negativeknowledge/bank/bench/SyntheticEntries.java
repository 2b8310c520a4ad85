package org.negativeknowledge.bank.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes N synthetic depth-1 NK records of about 700 characters each as JSONL, deterministic for
 * a seed: text drawn from a vocabulary of a few thousand words and code identifiers, with a
 * Zipf-like skew so some terms are common and most are rare, like real records.
 */
public final class SyntheticEntries {
  private static final String[] LAYERS = {"implementation_failure", "communication_failure", "method_failure"};
  private static final String[] SCOPES = {"local_failure", "regime_bound_failure", "general_failure"};
  private static final String[] DEGREES = {"contradicted", "partial", "inconclusive", "unstable", "artifact_driven", "overclaimed"};
  private static final String[] ACTIONS = {"retry", "change_method", "narrow_claim", "abandon_route"};
  private static final String[] RISKS = {"low_risk_omission", "medium_risk_drift", "high_risk_false_progress"};
  private static final String[] STEMS = {
    "shock", "bore", "soliton", "dispersion", "dissipation", "flux", "limiter", "spectral", "fourier",
    "runge", "kutta", "euler", "implicit", "explicit", "stiff", "timestep", "cfl", "grid", "mesh",
    "resolution", "aliasing", "gibbs", "oscillation", "energy", "mass", "conservation", "boundary",
    "periodic", "dirichlet", "neumann", "viscosity", "diffusion", "advection", "burgers", "kdv",
    "nls", "split", "step", "pandas", "dataframe", "column", "sklearn", "regressor", "classifier",
    "forest", "boosting", "gradient", "logistic", "kernel", "svm", "feature", "scaling", "matrix",
    "sparse", "solver", "convergence", "tolerance", "iteration", "residual", "norm", "error",
    "accuracy", "auc", "rmse", "label", "probability", "threshold", "axis", "shape", "index",
    "memory", "timeout", "import", "module", "version", "rdkit", "molecule", "smiles", "descriptor",
    "fingerprint", "scanpy", "cluster", "umap", "embedding", "neighbor", "graph", "network",
    "tensor", "torch", "epoch", "batch", "learning", "rate", "overfit", "validation", "split"
  };
  private static final String[] WORDS = vocabulary(4000);

  private SyntheticEntries() {}

  private static String[] vocabulary(int n) {
    String[] out = new String[n];
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < n; i++) {
      String a = STEMS[r.nextInt(STEMS.length)];
      String b = STEMS[r.nextInt(STEMS.length)];
      out[i] = switch (i % 4) {
        case 0 -> a;
        case 1 -> a + b;
        case 2 -> a + "_" + b;
        default -> Character.toUpperCase(a.charAt(0)) + a.substring(1) + Character.toUpperCase(b.charAt(0)) + b.substring(1);
      };
    }
    return out;
  }

  private static String text(SplittableRandom r, int chars) {
    StringBuilder sb = new StringBuilder(chars + 16);
    while (sb.length() < chars) {
      // skewed: low indexes much more likely
      double u = r.nextDouble();
      int idx = (int) (WORDS.length * u * u * u);
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(WORDS[idx]);
    }
    return sb.toString();
  }

  /** Writes {@code n} records to {@code file}. */
  public static void write(Path file, int n, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        w.write("{\"task_id\":\"syn-");
        w.write(Integer.toString(i));
        w.write("\",\"attempted_route\":\"");
        w.write(text(r, 110));
        w.write("\",\"observation\":\"");
        w.write(text(r, 110));
        w.write("\",\"failure\":{\"layer\":\"");
        w.write(LAYERS[r.nextInt(LAYERS.length)]);
        w.write("\",\"scope\":\"");
        w.write(SCOPES[r.nextInt(SCOPES.length)]);
        w.write("\",\"degree\":\"");
        w.write(DEGREES[r.nextInt(DEGREES.length)]);
        w.write("\",\"recommended_action\":\"");
        w.write(ACTIONS[r.nextInt(ACTIONS.length)]);
        w.write("\",\"risk\":\"");
        w.write(RISKS[r.nextInt(RISKS.length)]);
        w.write("\"},\"rationale\":\"");
        w.write(text(r, 150));
        w.write("\",\"recommended_alternative\":\"");
        w.write(text(r, 100));
        w.write("\"}\n");
      }
    }
  }
}
