/**
 * Curate, then store: the one way a curated record reaches a bank ({@link
 * org.negativeknowledge.app.curate.Curation}), with one store policy, typed provenance and
 * deduplication by failure signature; {@link org.negativeknowledge.app.curate.CuratorChoice} is
 * the one place curators are built.
 */
package org.negativeknowledge.app.curate;
