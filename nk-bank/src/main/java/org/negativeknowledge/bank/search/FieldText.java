package org.negativeknowledge.bank.search;

/**
 * One piece of an entry's text and the index field it goes to.
 *
 * @param field the index field
 * @param text the text, never blank
 */
public record FieldText(TextField field, String text) {}
