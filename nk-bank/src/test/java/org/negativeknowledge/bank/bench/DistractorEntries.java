package org.negativeknowledge.bank.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.negativeknowledge.record.NkJson;

/**
 * Writes N depth-1 NK records from domains other than the paper's PDE studies (tabular machine
 * learning, cheminformatics, single-cell analysis, web services, time series, image models), each
 * with its {@code domain}, deterministic for a seed. The texts are sentences assembled from each
 * domain's own methods, symptoms and remedies plus words every domain shares ("unstable",
 * "diverged", "step", "grid", "timeout", numbers and {@code key=value} settings), so they compete
 * with the real entries on the generic words a query holds.
 */
public final class DistractorEntries {

  private record Domain(String name, String[] methods, String[] symptoms, String[] causes, String[] remedies) {}

  private static final Domain[] DOMAINS = {
    new Domain("tabular-ml",
        new String[] {"gradient boosting with XGBoost", "random forest regressor", "logistic regression with L2",
            "LightGBM with early stopping", "k-fold cross validation", "target encoding of categorical columns",
            "StandardScaler before SVM", "pandas groupby aggregation"},
        new String[] {"validation AUC collapsed", "training loss diverged to NaN", "KeyError on the price column",
            "test RMSE doubled", "memory error while one-hot encoding", "predictions constant"},
        new String[] {"label leakage through the target encoder", "learning rate too high for the tree depth",
            "unscaled features dominate the kernel", "time order ignored by the random split"},
        new String[] {"use grouped time-series split", "lower eta and raise n_estimators", "fit the encoder inside each fold",
            "scale features inside the pipeline"}),
    new Domain("cheminformatics",
        new String[] {"RDKit Morgan fingerprints", "SMILES canonicalisation", "graph neural network on molecules",
            "MMFF conformer embedding", "Tanimoto similarity search", "descriptor calculation with Mordred"},
        new String[] {"sanitisation failed on aromatic nitrogen", "conformer embedding returned -1",
            "similarity scores all near one", "descriptor matrix full of NaN"},
        new String[] {"kekulisation of charged rings", "random seed not fixed for embedding", "fingerprint radius too small",
            "salts left in the input"},
        new String[] {"strip salts and neutralise charges first", "use ETKDG with a fixed seed", "raise the radius to 3",
            "drop constant descriptors"}),
    new Domain("single-cell",
        new String[] {"scanpy leiden clustering", "UMAP on PCA embedding", "highly variable gene selection",
            "batch correction with harmony", "doublet removal with scrublet", "log1p normalisation"},
        new String[] {"clusters split by batch", "UMAP shows one blob", "marker genes missing",
            "neighbors graph disconnected"},
        new String[] {"batch effect not regressed", "too few principal components", "mitochondrial reads dominate",
            "resolution parameter too low"},
        new String[] {"integrate batches before clustering", "use 50 components", "filter cells by mito fraction",
            "sweep the resolution"}),
    new Domain("web-service",
        new String[] {"connection pool with HikariCP", "REST endpoint with retries", "async worker queue",
            "Redis cache in front of Postgres", "gRPC streaming client", "rate limiter with token bucket"},
        new String[] {"requests time out under load", "pool exhausted after deploy", "cache stampede at expiry",
            "p99 latency grew tenfold"},
        new String[] {"connections leaked on error paths", "retry storm without backoff", "synchronized expiry of hot keys",
            "blocking call on the event loop"},
        new String[] {"close connections in finally blocks", "add jittered exponential backoff", "randomise expiry times",
            "move blocking work to a thread pool"}),
    new Domain("time-series",
        new String[] {"ARIMA forecast", "LSTM sequence model", "Prophet with holidays", "seasonal decomposition",
            "rolling window features", "exponential smoothing"},
        new String[] {"forecast drifts upward", "model unstable after differencing", "validation loss flat",
            "residuals strongly autocorrelated"},
        new String[] {"trend not removed before fitting", "window leaks future values", "sequence too short for the lag",
            "seasonality period wrong"},
        new String[] {"difference once and check stationarity", "shift features by the horizon", "use a longer context",
            "estimate the period from the periodogram"}),
    new Domain("vision",
        new String[] {"ResNet fine-tuning", "mixed precision training", "data augmentation with random crops",
            "batch normalisation in eval mode", "Adam with cosine schedule", "U-Net segmentation"},
        new String[] {"accuracy stuck at chance", "loss became NaN after a few epochs", "masks shifted by one pixel",
            "GPU memory overflow"},
        new String[] {"learning rate too high for the pretrained layers", "loss scaling overflow in fp16",
            "resize interpolation misaligned", "batch size too large"},
        new String[] {"freeze the backbone for the first epochs", "enable dynamic loss scaling", "use nearest interpolation for masks",
            "accumulate gradients over smaller batches"}),
  };

  private static final String[] SHARED = {
    "unstable", "diverged", "step", "grid", "timeout", "baseline", "explicit", "stable", "drift", "threshold",
    "overflow", "resolution", "regularisation", "conservation of totals", "energy use", "error grew", "noise",
  };

  private DistractorEntries() {}

  /** Writes {@code n} records to {@code file}. */
  public static void write(Path file, int n, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        Domain d = DOMAINS[r.nextInt(DOMAINS.length)];
        ObjectNode o = NkJson.mapper().createObjectNode();
        o.put("task_id", d.name() + "-task-" + (i % 400));
        o.put("domain", d.name());
        o.put("attempted_route", pick(r, d.methods()) + " with " + pick(r, d.methods()) + ", " + setting(r) + ", "
            + setting(r) + " (" + pick(r, SHARED) + " " + pick(r, SHARED) + ")");
        o.put("observation", pick(r, d.symptoms()) + " at " + setting(r) + "; " + pick(r, SHARED) + " after "
            + r.nextInt(2, 500) + " steps");
        ObjectNode f = o.putObject("failure");
        f.put("layer", pick(r, new String[] {"implementation_failure", "method_failure", "communication_failure"}));
        f.put("scope", pick(r, new String[] {"local_failure", "regime_bound_failure", "general_failure"}));
        f.put("degree", pick(r, new String[] {"contradicted", "partial", "unstable", "inconclusive"}));
        f.put("recommended_action", pick(r, new String[] {"retry", "change_method", "narrow_claim", "abandon_route"}));
        f.put("risk", pick(r, new String[] {"low_risk_omission", "medium_risk_drift", "high_risk_false_progress"}));
        o.put("rationale", "The " + pick(r, SHARED) + " comes from " + pick(r, d.causes()) + "; "
            + pick(r, d.causes()) + " makes it worse at " + setting(r) + ".");
        o.put("recommended_alternative", pick(r, d.remedies()) + ", then " + pick(r, d.remedies()) + " (" + setting(r) + ")");
        w.write(NkJson.compact(o));
        w.write('\n');
      }
    }
  }

  private static String pick(SplittableRandom r, String[] a) {
    return a[r.nextInt(a.length)];
  }

  private static String setting(SplittableRandom r) {
    String[] keys = {"lr", "dt", "n", "batch", "eps", "tol", "seed", "k", "N", "T"};
    return keys[r.nextInt(keys.length)] + "=" + (r.nextBoolean() ? Integer.toString(r.nextInt(1, 1024))
        : String.format(java.util.Locale.ROOT, "%.0e", Math.pow(10, -r.nextInt(1, 9))));
  }
}
