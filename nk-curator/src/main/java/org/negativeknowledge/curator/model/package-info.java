/**
 * The provider-neutral model seam: the curator's own request ({@link
 * org.negativeknowledge.curator.model.ModelRequest}: messages of text, tool-call and tool-result
 * blocks, tool definitions, tool choice, cache points) and response (content, stop reason, token
 * usage), the {@link org.negativeknowledge.curator.model.ModelClient} a provider implements, and
 * the failures of a model call. No provider SDK type appears here.
 */
package org.negativeknowledge.curator.model;
