/**
 * The offline curator: a record without a model, by fixed rules over the failure signature, the
 * eval log and the code; its provenance carries the signature key.
 */
package org.negativeknowledge.curator.offline;
