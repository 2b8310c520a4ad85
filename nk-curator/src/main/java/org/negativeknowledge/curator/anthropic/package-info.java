/**
 * The Anthropic provider: {@link org.negativeknowledge.curator.anthropic.AnthropicModelClient}
 * implements the model seam over the official Anthropic Java SDK, with its settings, model aliases
 * and the check for a missing API key. The only package of the curator that imports the SDK.
 */
package org.negativeknowledge.curator.anthropic;
