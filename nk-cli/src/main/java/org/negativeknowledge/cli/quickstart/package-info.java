/**
 * {@code nk quickstart}: the whole loop on a sample failure that ships inside the jar.
 */
package org.negativeknowledge.cli.quickstart;
