/**
 * Curators: turn the artifacts of a failed attempt (code, logs, reasoning notes) into one
 * negative-knowledge record. The {@link org.negativeknowledge.curator.Curator} interface, artifact
 * bundles and their bounded, confined reading ({@link org.negativeknowledge.curator.ArtifactPaths}),
 * the result with its typed {@link org.negativeknowledge.curator.CurationProvenance}, and atomic
 * record files.
 */
package org.negativeknowledge.curator;
