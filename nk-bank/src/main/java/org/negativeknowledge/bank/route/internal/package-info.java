/**
 * How the dead-end matcher reads and compares changes: the vocabulary table, the lexer, the focus
 * on the part of a description that states the change, experiment labels, segments and the
 * comparison rules. Not API: use {@link org.negativeknowledge.bank.route.RouteMatcher}.
 */
package org.negativeknowledge.bank.route.internal;
