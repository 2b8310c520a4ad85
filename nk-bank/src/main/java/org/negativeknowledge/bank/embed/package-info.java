/**
 * Sentence embeddings for the bank's hybrid retrieval and the dead-end check: {@link
 * org.negativeknowledge.bank.embed.TextEmbedder} is the seam, {@link
 * org.negativeknowledge.bank.embed.MiniLmEmbedder} the in-process model (the quantized
 * all-MiniLM-L6-v2 in ONNX form, shipped inside a Maven artifact, loaded on first use or ahead of
 * it on a background thread), {@link org.negativeknowledge.bank.embed.MiniLmLoader} how it is
 * loaded (from copies in the {@link org.negativeknowledge.bank.embed.ResourceCache}, opened by
 * path, else from the jar; the native libraries' settings in {@link
 * org.negativeknowledge.bank.embed.NativeLibraries}), {@link
 * org.negativeknowledge.bank.embed.Embeddings} the setting that turns it on or off.
 */
package org.negativeknowledge.bank.embed;
