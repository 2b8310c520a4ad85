/**
 * The application layer: the use cases of negative knowledge (import, search, curate and store,
 * consult, decide, propose, finding, check-route, repro, loop) as typed methods with typed results.
 * The command line, the HTTP API and the MCP server are thin adapters over it.
 */
package org.negativeknowledge.app;
