/**
 * The root of the project's packages; {@link org.negativeknowledge.NkException} is the base of
 * every failure that is not a caller bug.
 */
package org.negativeknowledge;
