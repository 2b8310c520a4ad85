/**
 * Descriptions of the operations' arguments ({@link org.negativeknowledge.app.operation.Operation},
 * {@link org.negativeknowledge.app.operation.Param}) and their checked values ({@link
 * org.negativeknowledge.app.operation.Args}): one description per operation, from which the MCP
 * tool schemas, the HTTP API's parameter parsing and the command line's options are derived.
 */
package org.negativeknowledge.app.operation;
