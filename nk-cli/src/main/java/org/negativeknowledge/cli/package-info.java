/**
 * The {@code nk} command ({@link org.negativeknowledge.cli.Nk}): the root of every subcommand,
 * built with picocli.
 */
package org.negativeknowledge.cli;
