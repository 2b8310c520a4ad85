/**
 * Internal: the MCP transport pieces the SDK does not provide as needed (a stdio transport that
 * survives concurrent calls and bad lines, the checks every incoming JSON-RPC message passes, and
 * JSON-RPC error output for the SDK's own HTTP errors). Not API; may change without notice.
 */
package org.negativeknowledge.server.mcp.internal;
