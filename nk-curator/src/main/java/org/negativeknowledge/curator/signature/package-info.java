/**
 * Failure signatures: what a failed run's logs show without a model (how it ended, its traceback,
 * mechanical failure markers, the evaluator's verdict, the program's own goal flag), and a
 * normalised key that names "the same failure" across runs.
 */
package org.negativeknowledge.curator.signature;
