/**
 * The MCP server over the application layer: its tools (derived from the operations' descriptions)
 * and resources, on stdio or Streamable HTTP.
 */
package org.negativeknowledge.server.mcp;
