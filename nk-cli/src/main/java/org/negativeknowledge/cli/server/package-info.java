/**
 * {@code nk mcp} (MCP on stdio) and {@code nk serve} (MCP over HTTP, the JSON API and the web
 * page).
 */
package org.negativeknowledge.cli.server;
