/**
 * What every command shares: the bank option, the output format, the one map of outcomes to exit
 * codes and the command line's remedies for failures.
 */
package org.negativeknowledge.cli.support;
