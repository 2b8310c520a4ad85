/**
 * Failures as every front end reports them: a {@link org.negativeknowledge.app.error.FailureKind}, a
 * message that describes the state and structured details. The command line, the HTTP API and MCP
 * each turn a failure into their own form and remedy.
 */
package org.negativeknowledge.app.error;
