/**
 * The project's reading boundary for JSON from outside: a parser that refuses what Jackson would
 * accept silently (duplicate keys, lone surrogates) with the path where it happened ({@link
 * org.negativeknowledge.json.CheckedJsonParser}, {@link org.negativeknowledge.json.JsonDefect}), and
 * the abbreviation of quoted input in messages.
 */
package org.negativeknowledge.json;
