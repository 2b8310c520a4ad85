/**
 * {@code nk consult}, {@code decide}, {@code propose}, {@code finding}, {@code check-route},
 * {@code graph} and {@code import-results}: the consultation protocol on the command line.
 */
package org.negativeknowledge.cli.consult;
