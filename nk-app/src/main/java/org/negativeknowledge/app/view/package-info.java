/**
 * The one JSON view of each object the use cases return, used by the command line's {@code
 * --format json}, the HTTP API and the MCP tools alike, so that the same object has the same keys
 * everywhere ({@code snake_case}).
 */
package org.negativeknowledge.app.view;
