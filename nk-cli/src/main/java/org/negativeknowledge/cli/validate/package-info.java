/**
 * {@code nk validate}, {@code normalize} and {@code schema}: checking records against the
 * taxonomy, repairing known drift, printing JSON Schemas.
 */
package org.negativeknowledge.cli.validate;
