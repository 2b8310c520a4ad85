/**
 * The use cases with JSON in and JSON out ({@link org.negativeknowledge.app.api.JsonApi}): every
 * operation's arguments checked against its one description, every result its one JSON view. The
 * HTTP API and the MCP tools are thin adapters over it.
 */
package org.negativeknowledge.app.api;
