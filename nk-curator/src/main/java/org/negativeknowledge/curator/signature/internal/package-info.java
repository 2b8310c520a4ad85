/** Internal to the signature extractor, not API: the bounded, streaming log scanner. */
package org.negativeknowledge.curator.signature.internal;
