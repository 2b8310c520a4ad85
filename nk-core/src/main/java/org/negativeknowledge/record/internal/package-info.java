/**
 * How the project reads JSON from outside, not API: a parser that refuses what Jackson would
 * silently accept (a key twice in one object, a string holding half of a surrogate pair).
 */
package org.negativeknowledge.record.internal;
