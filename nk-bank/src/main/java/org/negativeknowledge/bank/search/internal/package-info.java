/**
 * The Lucene index's internals: analysis, documents, query building, the feed applier, index
 * state. Not API.
 */
package org.negativeknowledge.bank.search.internal;
