/**
 * Memory blocks: the entries a search finds, rendered for an agent's prompt within a token budget
 * counted in cl100k_base ({@link org.negativeknowledge.bank.render.TokenCounter}).
 */
package org.negativeknowledge.bank.render;
