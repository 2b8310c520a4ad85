/**
 * {@code nk loop run} and {@code nk loop report}: an AutoResearch loop with the bank in it, on the
 * command line.
 */
package org.negativeknowledge.cli.loop;
