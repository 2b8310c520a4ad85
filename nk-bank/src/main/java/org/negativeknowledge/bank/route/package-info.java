/**
 * The dead-end check: whether a proposed route makes again what a ruled-out route changed.
 *
 * <p>{@link org.negativeknowledge.bank.route.RouteMatcher} reads a route description into {@link
 * org.negativeknowledge.bank.route.Change}s (settings with old and new values and their direction;
 * techniques and components added, removed or replaced; what they are applied to), with names
 * normalised by a vocabulary kept as data ({@code route-vocabulary.tsv} beside this package: aliases
 * such as {@code lr} / {@code learning rate}, {@code mcw} / {@code min_child_weight}, generic heads,
 * verbs of change). It compares changes, not bags of words, and says why a route matches and how
 * it differs ({@link org.negativeknowledge.bank.route.RouteExplanation}). {@code nk check-route},
 * the warning of {@code nk propose} and {@code nk import-results --replay} all use it. A {@link
 * org.negativeknowledge.bank.route.RouteEmbedding} (the embedding model, on by default through {@code
 * bank.embed.Embeddings}) judges the words that do not parse, where structure agrees. Long
 * descriptions are cut into clauses and the plainest statement of a change is read.
 *
 * <p>{@code bench/dead-ends.sh} measures it against judged repeats of real AutoResearch logs.
 */
package org.negativeknowledge.bank.route;
