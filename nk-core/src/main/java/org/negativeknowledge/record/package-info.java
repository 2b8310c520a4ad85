/**
 * The NK record as JSON: the lossless codec ({@link org.negativeknowledge.record.NkJson}), record
 * shapes and polarity with the rule it was inferred by.
 */
package org.negativeknowledge.record;
