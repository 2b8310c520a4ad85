package org.negativeknowledge.curator.offline.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Replacement routes that are widely known and need no model to name: a commonly missing optional
 * package and the standard scientific-Python call that covers the same step, and APIs renamed in
 * major releases. Deliberately short; an entry is added only when the replacement is a drop-in for
 * the usual use.
 */
final class KnownSubstitutes {

  private static final Map<String, String> MODULES =
      Map.of(
          "shap", "sklearn.inspection.permutation_importance(model, X, y, n_repeats=10, random_state=0) and rank by importances_mean",
          "xgboost", "sklearn.ensemble.HistGradientBoostingRegressor / HistGradientBoostingClassifier",
          "lightgbm", "sklearn.ensemble.HistGradientBoostingRegressor / HistGradientBoostingClassifier",
          "catboost", "sklearn.ensemble.HistGradientBoostingRegressor / HistGradientBoostingClassifier",
          "umap", "sklearn.manifold.TSNE(n_components=2) or sklearn.decomposition.PCA",
          "tqdm", "a plain loop without a progress bar");

  private static final Map<String, String> RENAMED =
      Map.of(
          "numpy.trapz", "numpy.trapezoid (numpy >= 2.0)",
          "numpy.float", "the builtin float",
          "numpy.int", "the builtin int",
          "numpy.bool", "the builtin bool",
          "numpy.product", "numpy.prod",
          "numpy.cumproduct", "numpy.cumprod",
          "pandas.DataFrame.append", "pandas.concat([df, other])");

  private KnownSubstitutes() {}

  /** A replacement route for a module that is not installed, when a standard one is known. */
  static Optional<String> forModule(String module) {
    String top = module.split("\\.")[0].toLowerCase(Locale.ROOT);
    return Optional.ofNullable(MODULES.get(top));
  }

  /** The new name of an API renamed in a major release ({@code numpy.trapz}). */
  static Optional<String> forRenamed(String qualifiedName) {
    return Optional.ofNullable(RENAMED.get(qualifiedName));
  }
}
