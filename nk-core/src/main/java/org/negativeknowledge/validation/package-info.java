/**
 * Validation of records at two levels (reference: what the paper's validator checks; strict: the
 * project's bounds), each issue with a path, a stable code and how to fix it.
 */
package org.negativeknowledge.validation;
